package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Colors from the compiler's lexer: every token class gets its own style, text is never changed. */
class RustHighlighterTest {
    private static AttributedStyle styleAt(String text, String fragment) {
        AttributedString s = RustHighlighter.highlight(text);
        return s.styleAt(text.indexOf(fragment));
    }

    @Test
    void tokenClassesAreStyled() {
        String code = "fn f<'a>(x: &'a Vec<u8>) -> i32 { let s = \"hi\"; println!(\"{}\", 42); /* c */ MAX }";
        AttributedStyle keyword = styleAt(code, "fn");
        AttributedStyle lifetime = styleAt(code, "'a>");
        AttributedStyle type = styleAt(code, "Vec");
        AttributedStyle literal = styleAt(code, "\"hi\"");
        AttributedStyle number = styleAt(code, "42");
        AttributedStyle macro = styleAt(code, "println");
        AttributedStyle comment = styleAt(code, "/* c */");
        AttributedStyle plain = styleAt(code, "x:");
        assertEquals(keyword, styleAt(code, "let"));
        assertEquals(type, styleAt(code, "i32"));
        assertEquals(plain, styleAt(code, "MAX"));
        AttributedStyle[] all = {keyword, lifetime, type, literal, number, macro, comment, plain};
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                assertNotEquals(all[i], all[j], i + " vs " + j);
            }
        }
    }

    @Test
    void theTextIsKeptExactlyWhateverTheInput() {
        Random r = new Random(7);
        String alphabet = "fn let 'a' 'b r#\"\"# /* */ // \n { } ( ) \" \\ 0x1f 1.5e3 ! :: . é 😀 \r \t";
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                int at = r.nextInt(alphabet.length());
                sb.append(alphabet, at, Math.min(alphabet.length(), at + 1 + r.nextInt(4)));
            }
            String text = sb.toString();
            assertEquals(text, RustHighlighter.highlight(text).toString());
        }
        assertEquals(":wat c3", RustHighlighter.highlight(":wat c3").toString());
    }
}
