package org.matinf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matinf.core.dimensionality.BondGraph;
import org.matinf.core.dimensionality.Cheon;
import org.matinf.core.dimensionality.Larsen;
import org.matinf.core.environment.CovalentNN;
import org.matinf.core.environment.CovalentRadii;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of dimensionality: Larsen's components with Covalent bonds of every ordered structure
 * of the shared library whose elements have Cordero radii (bonds included, and given the bonds), and Cheon's method on the element
 * structures (≤ 200 sites). Runs the same cases in pymatgen (src/test/resources/bench/
 * dimensionality_bench.py, Debian's /usr/bin/python3) in the same run and prints a table of both
 * times and the speed-up (pymatgen time / MatInf time). Not a test:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.matinf.bench.DimensionalityBench [library]}.
 */
public final class DimensionalityBench {

    private DimensionalityBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().matches(".*\\.(cif|vasp|json)$")).sorted().collect(Collectors.toList());
        }
        List<Structure> structures = new ArrayList<>();
        List<Structure> elements = new ArrayList<>();
        for (Path p : files) {
            Structure s = StructureIO.read(p);
            boolean radii = s.species().stream().allMatch(sp -> CovalentRadii.CORDERO.has(sp.element()));
            if (s.isOrdered() && radii) {
                structures.add(s);
            }
            if (s.isOrdered() && p.toString().contains("/elements_cod/") && s.numSites() <= 200) {
                elements.add(s);
            }
        }
        List<BondGraph> graphs = structures.stream().map(s -> BondGraph.of(s, CovalentNN.COVALENT)).toList();
        Map<String, Double> matinf = new LinkedHashMap<>();
        matinf.put("larsen_covalent_library", StructureBench.time(5, 11, () -> {
            int n = 0;
            for (Structure s : structures) {
                n += Larsen.components(BondGraph.of(s, CovalentNN.COVALENT)).size();
            }
            return n;
        }));
        matinf.put("larsen_components_given_bonds_library", StructureBench.time(20, 31, () -> {
            int n = 0;
            for (BondGraph g : graphs) {
                n += Larsen.components(g).size();
            }
            return n;
        }));
        matinf.put("cheon_elements_cod", StructureBench.time(1, 3, () -> {
            int n = 0;
            for (Structure s : elements) {
                n += Cheon.DEFAULT.classify(s).label().length();
            }
            return n;
        }));
        int components = graphs.stream().mapToInt(g -> Larsen.components(g).size()).sum();
        System.err.println(String.format(Locale.ROOT, "MatInf: %d structures, %d components; Cheon on %d element structures",
                structures.size(), components, elements.size()));
        Map<String, Double> pymatgen = pymatgen(lib);
        System.out.println(String.format(Locale.ROOT, "%-40s %12s %14s %10s", "case", "MatInf (s)", "pymatgen (s)", "speed-up"));
        for (Map.Entry<String, Double> e : matinf.entrySet()) {
            Double ref = pymatgen.get(e.getKey());
            System.out.println(String.format(Locale.ROOT, "%-40s %12.5g %14s %10s", e.getKey(), e.getValue(),
                    ref == null ? "-" : String.format(Locale.ROOT, "%.5g", ref),
                    ref == null ? "-" : String.format(Locale.ROOT, "%.1fx", ref / e.getValue())));
        }
    }

    /** The pymatgen side's "case,seconds" lines; empty when Debian's pymatgen is not installed. */
    private static Map<String, Double> pymatgen(Path lib) throws IOException, InterruptedException {
        Map<String, Double> out = new LinkedHashMap<>();
        Path script = Path.of("src/test/resources/bench/dimensionality_bench.py");
        if (!Files.isExecutable(Path.of("/usr/bin/python3")) || !Files.isRegularFile(script)) {
            System.err.println("pymatgen side not run (needs /usr/bin/python3 with python3-pymatgen and " + script + ")");
            return out;
        }
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), lib.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            System.err.println("the pymatgen side failed (exit " + p.exitValue() + ")");
        }
        for (String line : text.split("\\R")) {
            String[] f = line.split(",");
            if (f.length == 2) {
                out.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return out;
    }
}
