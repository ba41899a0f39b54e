package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeContextTest {
    @Test
    void receiversIncludeCallsIndexingAndClosures() {
        assertEquals(new CodeContext(CodeContext.Kind.MEMBER, "v"), CodeContext.of("let n = v."));
        assertEquals(new CodeContext(CodeContext.Kind.MEMBER, "v.iter().map(|x| x + 1)"), CodeContext.of("v.iter().map(|x| x + 1)."));
        assertEquals(new CodeContext(CodeContext.Kind.MEMBER, "grid[0][1]"), CodeContext.of("f(grid[0][1]."));
        assertEquals(new CodeContext(CodeContext.Kind.MEMBER, "\"abc\""), CodeContext.of("\"abc\"."));
        assertEquals(new CodeContext(CodeContext.Kind.MEMBER, "Point::new(1, 2)"), CodeContext.of("Point::new(1, 2)."));
    }

    @Test
    void pathsAndPlainNames() {
        assertEquals(new CodeContext(CodeContext.Kind.PATH, "std::collections"), CodeContext.of("use std::collections::"));
        assertEquals(new CodeContext(CodeContext.Kind.PATH, "std"), CodeContext.of("::std::"));
        assertEquals(new CodeContext(CodeContext.Kind.NAME, ""), CodeContext.of("let x = "));
        assertEquals(new CodeContext(CodeContext.Kind.NAME, ""), CodeContext.of("for i in 0.."));
        assertEquals(new CodeContext(CodeContext.Kind.NAME, ""), CodeContext.of("1."));
    }
}
