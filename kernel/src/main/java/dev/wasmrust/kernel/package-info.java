/**
 * The Jupyter kernel: a thin client of the session engine built on jjava-jupyter's {@code BaseKernel},
 * with the protocol fixes our notes list, and its kernelspec. (Arrives with the kernel issue.)
 */
package dev.wasmrust.kernel;
