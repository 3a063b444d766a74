package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the powder pattern calculator: the Cu Kα pattern (2θ 0–90°, pymatgen's defaults)
 * of every structure of the shared library, read once beforehand. Prints "case,seconds" lines
 * (median of repeated runs after warm-up) and, on standard error, structures per second and the
 * number of peaks. {@code bin/bench} runs it beside xrd_bench.py (pymatgen) and prints the ratio.
 * Not a test: run with {@code bin/bench}.
 */
public final class XrdBench {

    private XrdBench() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().matches(".*\\.(cif|vasp|json)$")).sorted().collect(Collectors.toList());
        }
        List<Structure> structures = new ArrayList<>();
        for (Path p : files) {
            structures.add(StructureIO.read(p));
        }
        XrdCalculator cuKa = XrdCalculator.cuKa();
        double all = StructureBench.time(30, 31, () -> {
            int peaks = 0;
            for (Structure s : structures) {
                peaks += cuKa.calculate(s).size();
            }
            return peaks;
        });
        System.out.println(String.format(Locale.ROOT, "xrd_cuka_all_library_structures,%.6g", all));
        Structure lfp = structures.get(files.indexOf(lib.resolve("pymatgen/LiFePO4_P1.cif")));
        double one = StructureBench.time(200, 201, () -> cuKa.calculate(lfp).size());
        System.out.println(String.format(Locale.ROOT, "xrd_cuka_LiFePO4_P1,%.6g", one));
        int peaks = structures.stream().mapToInt(s -> cuKa.calculate(s).size()).sum();
        System.err.println(String.format(Locale.ROOT, "MatInf XRD: %d structures in %.4f s = %.0f structures/s (%d peaks)",
                structures.size(), all, structures.size() / all, peaks));
    }
}
