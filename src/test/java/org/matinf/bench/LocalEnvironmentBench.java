package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matinf.core.environment.CrystalNN;
import org.matinf.core.environment.VoronoiNN;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the local-environment strategies: the CrystalNN coordination number of every site of
 * every structure of the shared library (1932 sites), and the same with VoronoiNN. Prints
 * "case,seconds" lines (median after warm-up; structures are read before timing).
 * {@code src/test/resources/bench/local_environment_bench.py} times the same cases in pymatgen and
 * {@code bin/bench} prints the ratio. Not a test: run with {@code bin/bench}.
 */
public final class LocalEnvironmentBench {

    private LocalEnvironmentBench() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        List<Structure> structures;
        try (Stream<Path> s = Files.walk(lib)) {
            structures = s.filter(p -> p.toString().matches(".*\\.(cif|vasp|json)$")).sorted().map(StructureIO::read)
                    .collect(Collectors.toList());
        }
        report("crystalnn_cn_library_all_sites", StructureBench.time(2, 5, () -> {
            int total = 0;
            for (Structure st : structures) {
                total += CrystalNN.DEFAULT.allShells(st).stream().mapToInt(CrystalNN.Shells::coordinationNumber).sum();
            }
            return total;
        }));
        report("voronoi_cn_library_all_sites", StructureBench.time(2, 5, () -> {
            int total = 0;
            for (Structure st : structures) {
                total += VoronoiNN.DEFAULT.allNeighbors(st).stream().mapToInt(List::size).sum();
            }
            return total;
        }));
    }

    private static void report(String name, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%s,%.6g", name, seconds));
    }
}
