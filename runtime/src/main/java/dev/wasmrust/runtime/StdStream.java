package dev.wasmrust.runtime;

/** The two output streams of a cell. */
public enum StdStream { STDOUT, STDERR }
