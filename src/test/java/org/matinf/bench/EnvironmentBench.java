package org.matinf.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.matinf.core.environment.MinimumDistanceNN;
import org.matinf.core.environment.OrderParameter;
import org.matinf.core.environment.OrderParameterType;
import org.matinf.core.environment.SiteEnvironment;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of local environments: every order parameter type (except cn and sgl_bd) on the 122
 * shells of reference/environment/order_parameters.json, and the polyhedron scores of every site
 * of the structure library with MinimumDistanceNN shells. Runs pymatgen's side
 * (src/test/resources/bench/environment_bench.py with /usr/bin/python3) in the same run and prints
 * the ratio. Not a test: {@code java -cp ... org.matinf.bench.EnvironmentBench [library]}.
 */
public final class EnvironmentBench {

    private EnvironmentBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        Path reference = Path.of("src/test/resources/reference/environment/order_parameters.json");
        JsonNode cases = new ObjectMapper().readTree(reference.toFile()).get("cases");
        List<double[]> centers = new ArrayList<>();
        List<List<double[]>> shells = new ArrayList<>();
        for (JsonNode c : cases) {
            centers.add(vector(c.get("center")));
            List<double[]> s = new ArrayList<>();
            c.get("neighbors").forEach(n -> s.add(vector(n)));
            shells.add(s);
        }
        List<OrderParameter> ops = Stream.of(OrderParameterType.values())
                .filter(t -> t != OrderParameterType.CN && t != OrderParameterType.SINGLE_BOND).map(OrderParameter::of).toList();
        Map<String, Double> matinf = new LinkedHashMap<>();
        matinf.put("order_parameters_122_shells_30_types", StructureBench.time(3, 9, () -> {
            int n = 0;
            for (int i = 0; i < shells.size(); i++) {
                for (OrderParameter op : ops) {
                    n += Double.isNaN(op.value(centers.get(i), shells.get(i))) ? 0 : 1;
                }
            }
            return n;
        }));
        List<Structure> structures;
        try (Stream<Path> s = Files.walk(lib)) {
            structures = s.filter(p -> p.toString().matches(".*\\.(cif|vasp|json)$")).sorted().map(StructureIO::read)
                    .collect(Collectors.toList());
        }
        matinf.put("local_environment_library_1932_sites", StructureBench.time(2, 5, () -> {
            int n = 0;
            for (Structure st : structures) {
                n += SiteEnvironment.all(st, MinimumDistanceNN.DEFAULT).size();
            }
            return n;
        }));
        Map<String, Double> pymatgen = pymatgen(lib, reference);
        System.out.printf(Locale.ROOT, "%-40s %12s %14s %9s%n", "case", "MatInf (s)", "pymatgen (s)", "speed-up");
        for (var e : matinf.entrySet()) {
            Double p = pymatgen.get(e.getKey());
            System.out.printf(Locale.ROOT, "%-40s %12.4g %14s %9s%n", e.getKey(), e.getValue(),
                    p == null ? "-" : String.format(Locale.ROOT, "%.4g", p),
                    p == null ? "-" : String.format(Locale.ROOT, "%.0fx", p / e.getValue()));
        }
    }

    private static Map<String, Double> pymatgen(Path lib, Path reference) throws IOException, InterruptedException {
        Map<String, Double> out = new LinkedHashMap<>();
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            System.err.println("no /usr/bin/python3: MatInf times only");
            return out;
        }
        Process p = new ProcessBuilder(python.toString(), "src/test/resources/bench/environment_bench.py", lib.toString(),
                reference.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            System.err.println("pymatgen side failed: MatInf times only");
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.strip().split(",");
            if (f.length == 2) {
                out.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return out;
    }

    private static double[] vector(JsonNode n) {
        return new double[] {n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble()};
    }
}
