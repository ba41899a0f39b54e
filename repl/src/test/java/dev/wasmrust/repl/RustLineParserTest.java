package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

/** Enter on Rust input: which cells are whole, and what the continuation is indented by. */
class RustLineParserTest {
    private static void complete(String text) {
        new RustLineParser().parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE);
    }

    private static int incomplete(String text) {
        EOFError e = assertThrows(EOFError.class,
                () -> new RustLineParser().parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE), text);
        return e.getOpenBrackets();
    }

    @Test
    void lifetimesAndCharLiteralsAreNotQuotes() {
        complete("fn f<'a>(x: &'a str) -> &'a str { x }");
        complete("let c = '{';");
        complete("let c = '\\'';");
        complete("let e = '😀';");
        complete("'outer: loop { break 'outer; }");
        assertEquals(1, incomplete("let c = '}'; fn g<'b>() {"));
    }

    @Test
    void rawStringsAndNestedCommentsAreUnderstood() {
        complete("let s = r#\"a \" } { \"#;");
        complete("let b = br##\"\"# \"##;");
        complete("/* outer /* inner } */ still comment { */ let x = 1;");
        incomplete("let s = r#\"unterminated \" ");
        incomplete("/* /* */ still open");
        complete("let s = \"escaped \\\" quote {\";");
    }

    @Test
    void openBracketsGiveTheIndentLevel() {
        assertEquals(1, incomplete("fn f() {"));
        assertEquals(2, incomplete("fn f() {\n    let v = vec![\n"));
        assertEquals(1, incomplete("let x = 1 +"));
        assertEquals(0, incomplete("if x"));
    }

    @Test
    void aMismatchedCloserIsSubmittedForTheCompilerToReport() {
        complete("fn f() { )");
        complete("let x = [1, 2);");
    }

    @Test
    void commandLinesAreAlwaysComplete() {
        complete(":type vec![");
        assertTrue(ReplCommands.isCommandLine("  :vars"));
        assertFalse(ReplCommands.isCommandLine("::std::mem::swap(&mut a, &mut b);"));
    }

    @Test
    void theIncrementalScanAgreesWithAFreshOne() {
        OpenConstructs reused = new OpenConstructs();
        StringBuilder text = new StringBuilder();
        String[] lines = {"fn f<'a>() {", "    let s = r#\"", "} still in the string", "\"#;", "    /* nested /* } */", "*/ (",
            "    '{', 'x', b'(', c\"[\"", ")", "}"};
        for (String line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
            assertEquals(new OpenConstructs().scan(text.toString()), reused.scan(text.toString()), text.toString());
        }
        assertFalse(reused.scan(text.toString()).certainlyIncomplete());
    }

    @Test
    void theCompletionWordIsTheIdentifierBeforeTheCursor() {
        RustLineParser.WordAtCursor w = RustLineParser.WordAtCursor.of("let n = v.iter().ma", 19);
        assertEquals("ma", w.word());
        assertEquals("let n = v.iter().", w.before());
        assertEquals("src/ma", RustLineParser.WordAtCursor.of(":load src/ma", 12).word());
    }
}
