package org.matinf.core.diffraction.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Success rates of phase identification on synthetic measurements drawn from the whole shared
 * structure library (178 files; see {@link SyntheticMixtures} for how samples are made and what
 * counts as the right phase). The library's stick patterns are calculated once for the class. The
 * bench {@code org.matinf.bench.PhaseSearchBench} runs more cases.
 */
class PhaseSearchValidationTest {
    private static SyntheticMixtures library;

    @BeforeAll
    static void library() {
        library = SyntheticMixtures.sharedLibrary();
    }

    @Test
    void singlePhasesAreRankedFirst() {
        // the ranking does not depend on the mixture settings; one phase at most keeps this quick
        PhaseIdentifier identifier = PhaseIdentifier.builder().maxPhases(1).build();
        SyntheticMixtures.Outcome o = library.run(identifier, 1, 1, 60, 11);
        System.out.println("single phase: " + o);
        o.failures().forEach(f -> System.out.println("  miss: " + f));
        assertTrue(o.topRight() >= 0.95 * o.cases(), "top-1 right in " + o.topRight() + " of " + o.cases());
    }

    @Test
    void bothPhasesOfPairsAreFoundWithTheirWeightFractions() {
        SyntheticMixtures.Outcome o = library.run(PhaseIdentifier.withDefaults(), 2, 0.3, 30, 12);
        System.out.println("two phases: " + o);
        o.failures().forEach(f -> System.out.println("  miss: " + f));
        assertTrue(o.mixtureRight() >= 0.7 * o.cases(), "both found in " + o.mixtureRight() + " of " + o.cases());
        assertTrue(o.meanFractionError() < 0.02, "mean weight fraction error " + o.meanFractionError());
    }

    @Test
    void threePhaseMixturesForInformation() {
        SyntheticMixtures.Outcome o = library.run(PhaseIdentifier.withDefaults(), 3, 0.15, 8, 13);
        System.out.println("three phases (not asserted): " + o);
        o.failures().forEach(f -> System.out.println("  miss: " + f));
        assertTrue(o.cases() == 8);
    }
}
