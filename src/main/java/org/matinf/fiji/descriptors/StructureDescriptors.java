package org.matinf.fiji.descriptors;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.matinf.core.descriptors.structure.SoapAverage;
import org.matinf.core.descriptors.structure.StructureDataSet;
import org.matinf.core.descriptors.structure.StructureDescriptorSettings;
import org.matinf.core.descriptors.structure.StructureFeatureTable;
import org.matinf.core.descriptors.structure.StructureFeaturizer;
import org.matinf.core.descriptors.structure.StructureFeaturizers;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Computes structure descriptors (density features, RDF, partial RDFs, SOAP, site statistics of local
 * environments) for every structure
 * named in a CSV file or found in a folder, and writes the input columns followed by the features
 * to a CSV file. Logs a one-line summary.
 *
 * <p>Macro: {@code run("Structure Descriptors", "input=[/path/data.csv] structure_column=file
 * preset=density output=[/path/features.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DESCRIPTORS + "Structure Descriptors")
public class StructureDescriptors extends MatInfCommand {
    /** More feature columns than this are refused (e.g. SOAP or partial RDFs over dozens of elements). */
    static final int MAX_FEATURES = 200_000;

    @Parameter(label = "Input (CSV or folder)", persist = false,
            description = "CSV file with a column of structure-file paths, or a folder of structure files")
    private File input;

    @Parameter(label = "structure_column (CSV column of file paths)", persist = false, required = false,
            description = "CSV column holding structure-file paths (absolute or relative to the CSV's folder)")
    private String structure_column = "file";

    @Parameter(label = "Preset", choices = {"density", "rdf", "partial_rdf", "soap", "site_stats", "all"}, persist = false,
            description = "Which descriptors")
    private String preset = "density";

    @Parameter(label = "Output CSV", style = FileWidget.SAVE_STYLE, persist = false, description = "CSV file to write")
    private File output;

    @Parameter(label = "rdf_cutoff (Å)", persist = false, required = false)
    private double rdf_cutoff = StructureDescriptorSettings.DEFAULTS.rdfCutoff();

    @Parameter(label = "rdf_bin (Å)", persist = false, required = false)
    private double rdf_bin = StructureDescriptorSettings.DEFAULTS.rdfBin();

    @Parameter(label = "soap_rcut (Å)", persist = false, required = false)
    private double soap_rcut = StructureDescriptorSettings.DEFAULTS.soapRcut();

    @Parameter(label = "soap_nmax (radial functions)", persist = false, required = false)
    private int soap_nmax = StructureDescriptorSettings.DEFAULTS.soapNmax();

    @Parameter(label = "soap_lmax (largest l)", persist = false, required = false)
    private int soap_lmax = StructureDescriptorSettings.DEFAULTS.soapLmax();

    @Parameter(label = "soap_sigma (Gaussian width, Å)", persist = false, required = false)
    private double soap_sigma = StructureDescriptorSettings.DEFAULTS.soapSigma();

    @Parameter(label = "soap_average", choices = {"inner", "outer"}, persist = false, required = false,
            description = "inner: spectrum of averaged coefficients; outer: average of site spectra (DScribe)")
    private String soap_average = "inner";

    @Override
    protected void execute() throws IOException {
        Path in = required(input, "input");
        Path out = required(output, "output");
        StructureDescriptorSettings settings = new StructureDescriptorSettings(rdf_cutoff, rdf_bin, soap_rcut,
                soap_nmax, soap_lmax, soap_sigma, SoapAverage.parse(soap_average));
        StructureDataSet data = StructureDataSet.read(in, structure_column == null ? "file" : structure_column.strip());
        List<StructureFeaturizer> featurizers = StructureFeaturizers.create(preset, settings, data.structures());
        int count = featurizers.stream().mapToInt(f -> f.labels().size()).sum();
        if (count > MAX_FEATURES) {
            throw new IllegalArgumentException(preset + " gives " + count + " feature columns for the elements of "
                    + in.getFileName() + " (limit " + MAX_FEATURES + "): use fewer elements, a larger rdf_bin, "
                    + "or smaller soap_nmax / soap_lmax");
        }
        StructureFeatureTable features = StructureFeatureTable.compute(data.structures(), featurizers, progress());
        DataTable.Builder b = DataTable.builder(out.toString());
        for (int c = 0; c < features.labels().size(); c++) {
            String name = features.labels().get(c);
            if (data.table().has(name)) {
                throw new IllegalArgumentException("The input already has a column '" + name + "'; rename it");
            }
            b.numbers(name, features.column(c));
        }
        DataTable result = data.table().append(b.build());
        result.write(out);
        IJ.log("Structure Descriptors: " + features.rows() + " structures, " + features.labels().size() + " features ("
                + preset + ") written to " + out);
    }
}
