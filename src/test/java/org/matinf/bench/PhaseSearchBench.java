package org.matinf.bench;

import org.matinf.core.diffraction.search.PhaseIdentifier;
import org.matinf.core.diffraction.search.SyntheticMixtures;

/**
 * Success rates of phase identification on synthetic measurements drawn from the shared structure
 * library (see {@link SyntheticMixtures}): single phases, pairs (weight fractions 0.3–0.7) and
 * triples (each at least 0.15). Not a test; run after {@code mvn test-compile} with
 * <pre>
 *   java -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')" \
 *       org.matinf.bench.PhaseSearchBench [single] [pairs] [triples] [seed]
 * </pre>
 * (defaults 200, 200, 100 cases, seed 2024). Prints one line per kind and the misses.
 */
public final class PhaseSearchBench {
    private PhaseSearchBench() {
    }

    public static void main(String[] args) {
        int single = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int triples = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2024;
        long start = System.nanoTime();
        SyntheticMixtures library = SyntheticMixtures.sharedLibrary();
        System.out.printf("library: %d structures, sticks in %.1f s%n", library.candidates().size(),
                (System.nanoTime() - start) / 1e9);
        PhaseIdentifier identifier = PhaseIdentifier.withDefaults();
        report("single phase", library.run(identifier, 1, 1, single, seed));
        report("two phases", library.run(identifier, 2, 0.3, pairs, seed + 1));
        report("three phases", library.run(identifier, 3, 0.15, triples, seed + 2));
    }

    private static void report(String kind, SyntheticMixtures.Outcome outcome) {
        if (outcome.cases() == 0) {
            return;
        }
        System.out.println(kind + ": " + outcome);
        outcome.failures().forEach(f -> System.out.println("  miss: " + f));
    }
}
