package dev.wasmrust.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.runtime.CapabilityException;
import dev.wasmrust.runtime.HostProfile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Redefinition as JShell does it, values and types, moves, profiles. */
class SessionRedefinitionTest {
    private static String value(Session s, String cell) {
        CellResult r = s.eval(cell);
        assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false) + r);
        return r.value().orElse("");
    }

    @Test
    void redefinedFunctionIsSeenByEarlierCallers() {
        try (Session s = new Session()) {
            value(s, "fn f() -> i32 { 1 }");
            value(s, "fn g() -> i32 { f() + 1 }");
            assertEquals("2", value(s, "g()"));
            value(s, "fn f() -> i32 { 10 }");
            assertEquals("11", value(s, "g()"));
        }
    }

    @Test
    void aDependentThatNoLongerCompilesBecomesInvalidUntilFixed() {
        try (Session s = new Session()) {
            value(s, "fn f() -> i32 { 1 }");
            value(s, "fn g() -> i32 { f() + 1 }");
            value(s, "fn h() -> i32 { g() * 10 }");
            assertEquals("20", value(s, "h()"));
            // as in JShell: the redefinition is accepted, and what no longer compiles becomes invalid
            CellResult r = s.eval("fn f() -> String { String::new() }");
            assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false));
            String note = s.render(r.diagnostics(), false);
            assertTrue(note.contains("warning: `g` no longer compiles"), note);
            assertTrue(note.contains("<cell 2>"), note);
            CellResult use = s.eval("g()");
            assertEquals(CellStatus.ERROR, use.status());
            String text = s.render(use.diagnostics(), false);
            assertTrue(text.contains("`g` cannot be used: it no longer compiles"), text);
            assertTrue(text.contains("mismatched types") || text.contains("E0369") || text.contains("E0308"), text);
            // h depends on g: invalid too
            assertEquals(CellStatus.ERROR, s.eval("h()").status());
            assertEquals("\"\"", value(s, "f()"));
            // fixing f makes g and h valid again
            CellResult fixed = s.eval("fn f() -> i32 { 5 }");
            assertEquals(CellStatus.OK, fixed.status());
            assertTrue(s.render(fixed.diagnostics(), false).contains("`g` compiles again"), s.render(fixed.diagnostics(), false));
            assertEquals("60", value(s, "h()"));
        }
    }

    @Test
    void aCellThatUsesWhatItBreaksIsRejected() {
        try (Session s = new Session()) {
            value(s, "fn f() -> i32 { 1 }");
            value(s, "fn g() -> i32 { f() + 1 }");
            CellResult r = s.eval("fn f() -> String { String::new() }\ng()");
            assertEquals(CellStatus.ERROR, r.status());
            assertEquals("2", value(s, "g()"));
        }
    }

    @Test
    void redefinedStructDropsVariablesOfTheOldType() {
        try (Session s = new Session()) {
            value(s, "#[derive(Debug)]\nstruct P { x: i32 }\nlet p = P { x: 1 };\nlet k = 7;");
            assertEquals("P { x: 1 }", value(s, "p"));
            value(s, "#[derive(Debug)]\nstruct P { x: i32, y: i32 }");
            CellResult stale = s.eval("p");
            assertEquals(CellStatus.ERROR, stale.status());
            String text = s.render(stale.diagnostics(), false);
            assertTrue(text.contains("`p` holds a value of an earlier definition of its type"), text);
            assertTrue(text.contains("`P` was redefined in <cell 3>"), text);
            Variable p = s.variable("p").orElseThrow();
            assertTrue(p.typeReplaced());
            assertEquals(3, p.typeReplacedIn());
            assertEquals("7", value(s, "k"));
            assertEquals("P { x: 1, y: 2 }", value(s, "P { x: 1, y: 2 }"));
        }
    }

    @Test
    void valuesTypesAndMutation() {
        try (Session s = new Session()) {
            value(s, "let mut v: Vec<String> = Vec::new();\nlet b = Box::new(5u8);");
            value(s, "v.push(String::from(\"a\"));");
            assertEquals("[\"a\"]", value(s, "v"));
            CellResult r = s.eval("&v");
            assertEquals(Optional.of("&Vec<String>"), r.typeName());
            assertEquals("5", value(s, "*b"));
            assertEquals("", value(s, "()"));
            assertEquals(Optional.of("Vec<String>"), s.variable("v").map(Variable::typeName));
        }
    }

    @Test
    void moveInOneCellIsE0382InTheNext() {
        try (Session s = new Session()) {
            value(s, "let a = String::from(\"x\");");
            value(s, "let b = a;");
            CellResult r = s.eval("a.len()");
            assertEquals("E0382", r.diagnostics().get(0).code());
            assertEquals("borrow of moved value: `a`", r.diagnostics().get(0).message());
            assertTrue(s.render(r.diagnostics(), false).contains("<cell 2>"));
            assertEquals("\"x\"", value(s, "b"));
        }
    }

    @Test
    void profileSwitchKeepsValues() throws CapabilityException {
        try (Session s = new Session()) {
            value(s, "let n = 41;");
            s.switchProfile(HostProfile.EMBEDDED);
            assertEquals(HostProfile.EMBEDDED, s.profile());
            assertEquals("42", value(s, "n + 1"));
            s.switchProfile(HostProfile.BROWSER);
            assertEquals("43", value(s, "n + 2"));
        }
    }
}
