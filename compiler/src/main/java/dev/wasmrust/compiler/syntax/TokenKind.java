package dev.wasmrust.compiler.syntax;

/**
 * Every kind of Rust token. Keywords are identifiers to the lexer ({@link #IDENT}, {@link #RAW_IDENT})
 * and are recognised by the parser, because weak keywords ({@code union}, {@code macro_rules},
 * {@code auto}) are ordinary identifiers in most positions.
 */
public enum TokenKind {
    IDENT,
    RAW_IDENT,
    LIFETIME,
    // literals; the token text keeps the raw spelling, suffix included
    INT_LIT,
    FLOAT_LIT,
    CHAR_LIT,
    BYTE_LIT,
    STR_LIT,
    RAW_STR_LIT,
    BYTE_STR_LIT,
    RAW_BYTE_STR_LIT,
    C_STR_LIT,
    RAW_C_STR_LIT,
    // delimiters
    OPEN_PAREN("("),
    CLOSE_PAREN(")"),
    OPEN_BRACE("{"),
    CLOSE_BRACE("}"),
    OPEN_BRACKET("["),
    CLOSE_BRACKET("]"),
    // punctuation, longest first within each family
    SEMI(";"),
    COMMA(","),
    DOT("."),
    DOT_DOT(".."),
    DOT_DOT_DOT("..."),
    DOT_DOT_EQ("..="),
    AT("@"),
    POUND("#"),
    TILDE("~"),
    QUESTION("?"),
    COLON(":"),
    PATH_SEP("::"),
    DOLLAR("$"),
    EQ("="),
    EQ_EQ("=="),
    FAT_ARROW("=>"),
    NE("!="),
    NOT("!"),
    LT("<"),
    LE("<="),
    SHL("<<"),
    SHL_EQ("<<="),
    GT(">"),
    GE(">="),
    SHR(">>"),
    SHR_EQ(">>="),
    R_ARROW("->"),
    L_ARROW("<-"),
    MINUS("-"),
    MINUS_EQ("-="),
    AND("&"),
    AND_AND("&&"),
    AND_EQ("&="),
    OR("|"),
    OR_OR("||"),
    OR_EQ("|="),
    PLUS("+"),
    PLUS_EQ("+="),
    STAR("*"),
    STAR_EQ("*="),
    SLASH("/"),
    SLASH_EQ("/="),
    CARET("^"),
    CARET_EQ("^="),
    PERCENT("%"),
    PERCENT_EQ("%="),
    UNDERSCORE("_"),
    // trivia and the rest
    DOC_COMMENT_OUTER,
    DOC_COMMENT_INNER,
    LINE_COMMENT,
    BLOCK_COMMENT,
    WHITESPACE,
    SHEBANG,
    UNKNOWN,
    EOF;

    private final String spelling;

    TokenKind() {
        this(null);
    }

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** The fixed spelling of a punctuation token, or null for tokens whose text varies. */
    public String spelling() {
        return spelling;
    }

    /** Punctuation and closing delimiters (rustc's `is_punct` or `close_delim`), not opening ones. */
    public boolean isPunct() {
        return spelling != null && this != OPEN_PAREN && this != OPEN_BRACE && this != OPEN_BRACKET;
    }

    public boolean isOpenDelim() {
        return this == OPEN_PAREN || this == OPEN_BRACE || this == OPEN_BRACKET;
    }

    public boolean isCloseDelim() {
        return this == CLOSE_PAREN || this == CLOSE_BRACE || this == CLOSE_BRACKET;
    }

    /** The opening token of a token tree's delimiter. */
    public static TokenKind openOf(dev.wasmrust.compiler.ast.TokenTree.Delimiter d) {
        return switch (d) {
            case PAREN -> OPEN_PAREN;
            case BRACE -> OPEN_BRACE;
            case BRACKET -> OPEN_BRACKET;
        };
    }

    /** The closing token of a token tree's delimiter. */
    public static TokenKind closeOf(dev.wasmrust.compiler.ast.TokenTree.Delimiter d) {
        return switch (d) {
            case PAREN -> CLOSE_PAREN;
            case BRACE -> CLOSE_BRACE;
            case BRACKET -> CLOSE_BRACKET;
        };
    }

    public boolean isTrivia() {
        return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT || this == SHEBANG;
    }

    public boolean isLiteral() {
        return ordinal() >= INT_LIT.ordinal() && ordinal() <= RAW_C_STR_LIT.ordinal();
    }
}
