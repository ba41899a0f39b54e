package dev.wasmrust.compiler.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's API on hand-built inputs: speed, depth, and the shapes of its answers. */
class MatchCheckTest {
    private static final PatType BOOL = new PatType.Bool();
    private static final PatType U8 = PatType.Int.named("u8");
    private static final PatType I32 = PatType.Int.named("i32");

    private static PatType option(PatType t) {
        return PatType.option(t, null);
    }

    @Test
    void reportsWitnessesAndUnreachableArms() {
        PatType t = option(BOOL);
        MatchReport r = MatchCheck.check(t, List.of(
                Arm.of(CPat.variant(1, CPat.bool(true))),
                Arm.of(CPat.variant(1, CPat.wild())),
                Arm.of(CPat.variant(1, CPat.bool(false)))));
        assertEquals(List.of("None"), r.witnessTexts());
        assertEquals(List.of(2), r.unreachableArms());
    }

    @Test
    void unreachableAlternativesAreReportedInsideUsefulArms() {
        MatchReport r = MatchCheck.check(BOOL, List.of(Arm.of(CPat.bool(true)),
                Arm.of(CPat.or(CPat.bool(true), CPat.bool(false)))));
        assertTrue(r.isExhaustive());
        assertEquals(List.of(), r.unreachableArms());
        assertEquals(1, r.unreachable().size());
        Unreachable u = r.unreachable().get(0);
        assertEquals(1, u.arm());
        assertEquals(false, u.wholeArm());
        assertEquals(CPat.bool(true), u.pattern());
    }

    @Test
    void guardedArmsDoNotCount() {
        MatchReport r = MatchCheck.check(BOOL, List.of(new Arm(CPat.wild(), true)));
        assertEquals(List.of("true", "false"), r.witnessTexts());
    }

    @Test
    void aRecursiveTypeDoesNotLoop() {
        // enum T { Leaf, Node(&T) }, described through a lazy type
        PatType[] self = new PatType[1];
        PatType lazy = new PatType.Lazy("T", () -> self[0]);
        self[0] = new PatType.Adt("T", "T", List.of(PatType.Variant.unit("Leaf"),
                PatType.Variant.tuple("Node", List.of(new PatType.Ref(lazy)))), true, null);
        MatchReport r = MatchCheck.check(lazy, List.of(Arm.of(CPat.variant(0)),
                Arm.of(CPat.variant(1, CPat.variant(0)))));
        assertEquals(List.of("T::Node(&T::Node(_))"), r.witnessTexts());
    }

    /** A thousand arms over a 4-tuple (the time it takes is measured by bench/, not asserted here). */
    @Test
    void aThousandArmsOverAFourTupleAreChecked() {
        PatType t = new PatType.Tuple(List.of(U8, BOOL, option(U8), I32));
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            arms.add(Arm.of(CPat.tuple(CPat.integer(i % 256), CPat.bool(i % 3 == 0),
                    i % 5 == 0 ? CPat.variant(0) : CPat.variant(1, CPat.integer(i % 7)), CPat.integer(i))));
        }
        MatchReport r = MatchCheck.check(t, arms);
        assertTrue(!r.isExhaustive());
        assertEquals(List.of(), r.unreachableArms());
    }

    /**
     * A harder case: overlapping ranges and wildcards in every column split each column into hundreds
     * of pieces, and specialization builds millions of rows (rustc needs about a second for a thousand
     * such arms). The answer must still come (its time is a benchmark's business, not a test's).
     */
    @Test
    void armsOfOverlappingRangesStayTractable() {
        PatType t = new PatType.Tuple(List.of(U8, U8, U8, U8));
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<CPat> elems = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int v = (i * (k + 7) * 31) % 256;
                elems.add((i + k) % 3 == 0 ? CPat.wild()
                        : new CPat.Range(java.math.BigInteger.valueOf(v), java.math.BigInteger.valueOf(Math.min(255, v + 9)), true, null));
            }
            arms.add(Arm.of(new CPat.Tuple(elems, null)));
        }
        arms.add(Arm.of(CPat.wild()));
        MatchReport r = MatchCheck.check(t, arms);
        assertTrue(r.isExhaustive());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 3000;
        PatType t = BOOL;
        for (int i = 0; i < depth; i++) {
            t = option(t);
        }
        CPat p = CPat.bool(true);
        for (int i = 0; i < depth; i++) {
            p = CPat.variant(1, p);
        }
        MatchReport r = MatchCheck.check(t, List.of(Arm.of(p)));
        assertEquals(1, r.witnesses().size());
        assertTrue(r.witnessTexts().get(0).startsWith("None") || r.witnessTexts().get(0).startsWith("Some("));
    }
}
