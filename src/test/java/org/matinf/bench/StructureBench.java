package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the structure core: reading every structure file of the shared library and the
 * periodic neighbour search on cells of 756 to 4000 atoms. Prints "case,seconds" lines (median of
 * repeated runs after warm-up). {@code bin/bench} runs it beside the same cases in pymatgen and
 * prints the ratio. Not a test: run with {@code bin/bench}.
 */
public final class StructureBench {

    private StructureBench() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().matches(".*\\.(cif|vasp|json)$")).sorted().collect(Collectors.toList());
        }
        report("read_all_library_files", time(5, 15, () -> {
            int n = 0;
            for (Path p : files) {
                n += StructureIO.read(p).numSites();
            }
            return n;
        }));
        Structure cu = StructureIO.read(lib.resolve("elements_cod/Cu.cif")).supercell(10, 10, 10);
        report("neighbors_Cu_4000_atoms_r3", time(5, 15, () -> cu.neighbors(3.0).size()));
        report("neighbors_Cu_4000_atoms_r6", time(3, 9, () -> cu.neighbors(6.0).size()));
        // the same search, compared with pymatgen's array-returning get_neighbor_list (Cython)
        report("neighbor_arrays_Cu_4000_atoms_r3", time(5, 15, () -> cu.neighbors(3.0).size()));
        report("neighbor_arrays_Cu_4000_atoms_r6", time(3, 9, () -> cu.neighbors(6.0).size()));
        Structure lfp = StructureIO.read(lib.resolve("pymatgen/LiFePO4_P1.cif")).supercell(3, 3, 3);
        report("neighbors_LiFePO4_756_atoms_r5", time(5, 15, () -> lfp.neighbors(5.0).size()));
    }

    private static void report(String name, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%s,%.6g", name, seconds));
    }

    /** Median wall time of {@code runs} calls after {@code warmup} calls. */
    static double time(int warmup, int runs, Supplier<Integer> task) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += task.get();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += task.get();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println("unreachable");
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
