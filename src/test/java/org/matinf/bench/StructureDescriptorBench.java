package org.matinf.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matinf.core.descriptors.structure.DensityFeatures;
import org.matinf.core.descriptors.structure.PartialRadialDistributionFunction;
import org.matinf.core.descriptors.structure.RadialDistributionFunction;
import org.matinf.core.descriptors.structure.Soap;
import org.matinf.core.descriptors.structure.SoapAverage;
import org.matinf.core.descriptors.structure.StructureFeatureTable;
import org.matinf.core.descriptors.structure.StructureFeaturizer;
import org.matinf.core.io.StructureIO;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * Structures per second for density + RDF (20 Å, 0.1 Å) and for SOAP (r_cut 5 Å, n_max 8, l_max 6,
 * σ 0.5 Å, inner average) on the shared structure library (178 structures), single-threaded
 * (one structure after another) and through {@link StructureFeatureTable} (all cores). Compares the
 * RDF with the time of the NumPy reference script (src/test/resources/reference/descriptors/
 * rdf_timing.json, one core). SOAP uses each structure's own elements, as the library spans dozens
 * of elements. Not a test: run with {@code java -cp ... org.matinf.bench.StructureDescriptorBench}.
 */
public final class StructureDescriptorBench {

    private StructureDescriptorBench() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().matches(".*\\.(cif|vasp|json)$")).sorted().collect(Collectors.toList());
        }
        List<Structure> all = new ArrayList<>();
        for (Path p : files) {
            all.add(StructureIO.read(p));
        }
        List<Structure> ordered = all.stream().filter(Structure::isOrdered).toList();
        DensityFeatures density = new DensityFeatures();
        RadialDistributionFunction rdf = new RadialDistributionFunction(20, 0.1);

        for (int warm = 0; warm < 2; warm++) {
            run(ordered, List.of(rdf));
        }
        double rdfSeconds = median(5, () -> run(ordered, List.of(rdf)));
        double densityRdf = median(5, () -> run(all, List.of(density, rdf)));
        double parallel = median(5, () -> StructureFeatureTable.compute(all, List.of(density, rdf), ProgressListener.NONE));
        Map<Structure, Soap> soaps = new java.util.IdentityHashMap<>();
        for (Structure s : all) {
            soaps.put(s, new Soap(5, 8, 6, 0.5, PartialRadialDistributionFunction.elementsOf(List.of(s)), SoapAverage.INNER));
        }
        Runnable soapRun = () -> all.forEach(s -> soaps.get(s).featurize(s));
        soapRun.run();
        double soapSeconds = median(3, soapRun);
        double soapParallel = median(3, () -> all.parallelStream().forEach(s -> soaps.get(s).featurize(s)));

        JsonNode numpy = new ObjectMapper().readTree(Path.of("src/test/resources/reference/descriptors/rdf_timing.json").toFile());
        double numpyPerS = numpy.get("structures_per_second").asDouble();
        report("rdf_ordered_" + ordered.size() + "_structures_per_s_1core", ordered.size() / rdfSeconds);
        report("numpy_rdf_structures_per_s_1core", numpyPerS);
        report("rdf_speedup_vs_numpy_1core", ordered.size() / rdfSeconds / numpyPerS);
        report("density_rdf_" + all.size() + "_structures_per_s_1core", all.size() / densityRdf);
        report("density_rdf_structures_per_s_all_cores", all.size() / parallel);
        report("soap_" + all.size() + "_structures_per_s_1core", all.size() / soapSeconds);
        report("soap_structures_per_s_all_cores", all.size() / soapParallel);
    }

    private static void run(List<Structure> structures, List<StructureFeaturizer> featurizers) {
        for (Structure s : structures) {
            for (StructureFeaturizer f : featurizers) {
                f.featurize(s);
            }
        }
    }

    private static double median(int repeats, Runnable r) {
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        java.util.Arrays.sort(t);
        return t[repeats / 2];
    }

    private static void report(String name, double value) {
        System.out.println(String.format(Locale.ROOT, "%s,%.4g", name, value));
    }
}
