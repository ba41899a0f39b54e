package dev.wasmrust.compiler.borrow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmrust.compiler.TestSupport;
import dev.wasmrust.compiler.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The borrow check on small programs: the error rustc reports (code and the offset of its primary span,
 * marked in the source by where a snippet starts) and no error where rustc accepts the program. The
 * conformance corpus compares whole renderings with rustc's; these pin down the analysis's edge cases.
 */
class BorrowCheckTest {
    /** The codes and primary offsets of the errors of {@code body} put in {@code fn main}. */
    private static List<String> errors(String program) {
        return TestSupport.compile(program).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code() + "@" + d.primarySpan().lo()).toList();
    }

    private static void rejects(String program, String code, String at) {
        assertEquals(List.of(code + "@" + program.indexOf(at)), errors(program), program);
    }

    private static void accepts(String program) {
        assertEquals(List.of(), errors(program), program);
    }

    @Test
    void aBorrowEndsAtItsLastUse() {
        accepts("fn main() { let mut s = String::new(); let r = &s; println!(\"{}\", r); s.push('a'); }");
        rejects("fn main() { let mut s = String::new(); let r = &s; s.push('a'); println!(\"{}\", r); }",
                "E0502", "s.push");
    }

    @Test
    void theLiveRangeFollowsBranchesAndLoops() {
        rejects("fn main() { let mut v = vec![1]; let f = &v[0]; if *f > 0 { v.push(2); } else { println!(\"{}\", f); } println!(\"{}\", f); }",
                "E0502", "v.push");
        accepts("fn main() { let mut v = vec![1]; let f = &v[0]; if *f > 0 { v.push(2); } else { println!(\"{}\", f); } }");
        accepts("fn main() { let mut v = vec![1]; for i in 0..3 { let r = &mut v; r.push(i); } v.push(9); }");
    }

    @Test
    void twoPhaseBorrowsLetTheArgumentsRead() {
        accepts("fn main() { let mut v: Vec<usize> = Vec::new(); v.push(v.len()); let n = v.len(); v[n - 1] = v.len(); }");
    }

    @Test
    void callResultsBorrowWhatTheirSignatureSays() {
        String longest = "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() { x } else { y } }\n";
        rejects(longest + "fn main() { let a = String::from(\"ab\"); let r; { let b = String::from(\"c\"); r = longest(&a, &b); } println!(\"{}\", r); }",
                "E0597", "&b");
        String first = "fn first<'a>(x: &'a str, _y: &str) -> &'a str { x }\n";
        accepts(first + "fn main() { let a = String::from(\"ab\"); let r; { let b = String::from(\"c\"); r = first(&a, &b); } println!(\"{}\", r); }");
    }

    @Test
    void assignmentsAndMovesOfBorrowedValues() {
        rejects("fn main() { let mut x = 1; let r = &x; x = 2; println!(\"{} {}\", r, x); }", "E0506", "x = 2");
        rejects("fn main() { let s = String::new(); let r = &s; let t = s; println!(\"{} {}\", r, t); }", "E0505", "s; println");
        rejects("fn main() { let mut x = 1; let r = &mut x; x += 1; *r += 1; }", "E0503", "x += 1");
    }

    @Test
    void disjointFieldsDoNotConflict() {
        accepts("struct P { a: Vec<i32>, b: Vec<i32> } fn main() { let mut p = P { a: vec![], b: vec![] }; let x = &mut p.a; p.b.push(1); x.push(2); }");
    }

    @Test
    void temporariesAreFreedAtTheEndOfTheLet() {
        rejects("fn main() { let s = String::from(\"a\").as_str(); println!(\"{}\", s); }", "E0716", "String::from");
        accepts("fn main() { let n = String::from(\"a\").as_str().len(); let s: &String = &String::from(\"b\"); println!(\"{} {}\", n, s); }");
    }

    @Test
    void missingLifetimeSpecifier() {
        rejects("fn dangle() -> &String { let s = String::new(); &s }\nfn main() {}", "E0106", "&String");
        accepts("fn pick(x: &str) -> &str { x }\nfn main() { println!(\"{}\", pick(\"a\")); }");
    }
}
