package dev.wasmrust.compiler.types;

/**
 * Semantic types. {@link IntVar} is an integer literal's type before inference settles it (it
 * defaults to {@code i32}, as in rustc); {@link Error} stands for a type already reported as wrong,
 * so no follow-on errors are reported about it.
 */
public sealed interface Type {
    record Int(IntKind kind) implements Type {
        @Override
        public String toString() {
            return kind.rustName();
        }
    }

    record Bool() implements Type {
        @Override
        public String toString() {
            return "bool";
        }
    }

    record Char() implements Type {
        @Override
        public String toString() {
            return "char";
        }
    }

    /** {@code &'static str}: only string literals exist in this subset. */
    record Str() implements Type {
        @Override
        public String toString() {
            return "&str";
        }
    }

    record Unit() implements Type {
        @Override
        public String toString() {
            return "()";
        }
    }

    record Never() implements Type {
        @Override
        public String toString() {
            return "!";
        }
    }

    /** An integer inference variable; {@code id} indexes the checker's union-find table. */
    record IntVar(int id) implements Type {
        @Override
        public String toString() {
            return "{integer}";
        }
    }

    record Error() implements Type {
        @Override
        public String toString() {
            return "{type error}";
        }
    }

    Type BOOL = new Bool();
    Type CHAR = new Char();
    Type STR = new Str();
    Type UNIT = new Unit();
    Type NEVER = new Never();
    Type ERROR = new Error();

    static Type of(IntKind k) {
        return new Int(k);
    }
}
