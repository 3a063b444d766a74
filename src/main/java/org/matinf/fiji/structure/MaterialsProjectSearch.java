package org.matinf.fiji.structure;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.matinf.core.materialsproject.MpApiKey;
import org.matinf.core.materialsproject.MpCache;
import org.matinf.core.materialsproject.MpClient;
import org.matinf.core.materialsproject.MpExport;
import org.matinf.core.materialsproject.MpMaterial;
import org.matinf.core.materialsproject.MpQuery;
import org.matinf.core.materialsproject.MpSearch;
import org.matinf.core.materialsproject.MpSearchResult;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Searches the Materials Project (summary search) and fills the Results table with one row per
 * material: material_id, formula, band_gap, energy_above_hull, formation_energy_per_atom, spacegroup,
 * nsites, source (api, cache or offline). Optionally writes the structures as CIF files and the
 * table as CSV.
 *
 * <p>The API key comes from the environment variable {@code MP_API_KEY} or from the preferences set
 * by "Materials Project API Key"; it is never a parameter. Answers are cached, so a query answered
 * once also works offline. Without a key, or with {@code offline=true}, the cache and then the
 * offline {@code database} (CSV files of the MP-20 layout) answer.
 *
 * <p>Macro: {@code run("Materials Project Search", "elements=Fe,O band_gap_min=1 band_gap_max=3
 * e_hull_max=0.05 limit=20 output=[/tmp/cifs] table=[/tmp/hits.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Materials Project Search")
public class MaterialsProjectSearch extends MatInfCommand {
    /** System property naming another API root (a mirror, or a test server); else MP_API_ENDPOINT, else the public API. */
    public static final String ENDPOINT_PROPERTY = "matinf.mp.endpoint";

    @Parameter(label = "Elements (all of)", required = false, persist = false,
            description = "Materials must contain all of these elements, e.g. Fe,O")
    private String elements = "";

    @Parameter(label = "Exclude (elements)", required = false, persist = false,
            description = "Materials must contain none of these elements, e.g. Li,Na")
    private String exclude = "";

    @Parameter(label = "Chemsys", required = false, persist = false,
            description = "Chemical systems, exactly these elements: Li-Fe-O; several comma-separated; * is any element (Si-*)")
    private String chemsys = "";

    @Parameter(label = "Formula", required = false, persist = false,
            description = "Reduced formulas, comma-separated: Fe2O3,LiFePO4")
    private String formula = "";

    @Parameter(label = "Band_gap_min (eV)", required = false, persist = false, description = "Smallest band gap; NaN: none")
    private double band_gap_min = Double.NaN;

    @Parameter(label = "Band_gap_max (eV)", required = false, persist = false, description = "Largest band gap; NaN: none")
    private double band_gap_max = Double.NaN;

    @Parameter(label = "E_hull_min (eV/atom)", required = false, persist = false,
            description = "Smallest energy above the hull; NaN: none")
    private double e_hull_min = Double.NaN;

    @Parameter(label = "E_hull_max (eV/atom)", required = false, persist = false,
            description = "Largest energy above the hull (0: stable only); NaN: none")
    private double e_hull_max = Double.NaN;

    @Parameter(label = "Limit (materials)", persist = false, min = "1", description = "The most materials to return")
    private int limit = 50;

    @Parameter(label = "Database (offline CSV or folder)", style = FileWidget.OPEN_STYLE, required = false, persist = false,
            description = "CSV file (or folder of CSV files) of the MP-20 layout, used without a key, offline or unreachable")
    private File database;

    @Parameter(label = "Offline", required = false, persist = false,
            description = "Do not ask the server: answer from the cache or the database")
    private boolean offline;

    @Parameter(label = "Refresh (ignore the cache)", required = false, persist = false,
            description = "Ask the server even when the cache holds the query")
    private boolean refresh;

    @Parameter(label = "Output (folder for CIF files)", style = FileWidget.DIRECTORY_STYLE, required = false,
            persist = false, description = "Writes <material_id>.cif for every material found")
    private File output;

    @Parameter(label = "Table (CSV file)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Writes the results table as CSV")
    private File table;

    @Parameter(label = "Cache (folder)", style = FileWidget.DIRECTORY_STYLE, required = false, persist = false,
            description = "Cache of answered queries; empty: ~/.matinf/mp-cache")
    private File cache;

    @Parameter(label = "Timeout (s)", required = false, persist = false, min = "1",
            description = "Longest wait for one answer of the server")
    private double timeout = 60;

    @Override
    protected void execute() throws IOException {
        MpQuery query = query();
        if (!(timeout > 0) || Double.isInfinite(timeout)) {
            throw new IllegalArgumentException("timeout must be a positive number of seconds; got " + timeout);
        }
        URI endpoint = endpoint();
        Optional<MpApiKey> key = MaterialsProjectKey.find();
        MpClient client = key.map(k -> MpClient.builder(k).endpoint(endpoint)
                .requestTimeout(Duration.ofMillis(Math.round(timeout * 1000))).build()).orElse(null);
        MpCache mpCache = new MpCache(given(cache) ? cache.toPath() : MpCache.defaultFolder());
        Path db = given(database) ? database.toPath() : null;
        MpSearchResult result;
        try {
            result = new MpSearch(endpoint, client, mpCache, db).search(query, offline, refresh, progress());
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        for (String note : result.notes()) {
            IJ.log(title() + ": " + note);
        }
        List<MpMaterial> materials = result.materials();
        show(materials);
        if (given(table)) {
            MpExport.table(materials, table.getPath()).write(table.toPath());
        }
        int cifs = given(output) ? MpExport.writeCifs(materials, output.toPath()) : 0;
        IJ.log(title() + ": " + materials.size() + " materials" + (result.matching() >= 0 ? " of " + result.matching()
                + " matching" : "") + " (" + result.source().key() + ") for " + query.describe()
                + (given(output) ? "; " + cifs + " CIF files in " + output : "") + (given(table) ? "; table " + table : ""));
    }

    private MpQuery query() {
        return MpQuery.builder().elements(elements).excludeElements(exclude).chemicalSystems(chemsys).formulas(formula)
                .bandGap(band_gap_min, band_gap_max).energyAboveHull(e_hull_min, e_hull_max).limit(limit).build();
    }

    /** The API root: system property, else MP_API_ENDPOINT (as mp-api reads it), else the public API. */
    static URI endpoint() {
        String s = System.getProperty(ENDPOINT_PROPERTY);
        if (s == null || s.isBlank()) {
            s = System.getenv("MP_API_ENDPOINT");
        }
        return s == null || s.isBlank() ? MpClient.DEFAULT_ENDPOINT : URI.create(s.strip());
    }

    private static boolean given(File f) {
        return f != null && !f.getPath().isBlank();
    }

    private static void show(List<MpMaterial> materials) {
        ResultsTable rt = ResultsTable.getResultsTable();
        rt.reset();
        for (MpMaterial m : materials) {
            rt.incrementCounter();
            rt.addValue("material_id", m.materialId());
            rt.addValue("formula", m.formula());
            rt.addValue("band_gap", m.bandGap());
            rt.addValue("energy_above_hull", m.energyAboveHull());
            rt.addValue("formation_energy_per_atom", m.formationEnergyPerAtom());
            rt.addValue("spacegroup", m.spacegroupNumber() > 0 ? m.spacegroupNumber() : Double.NaN);
            rt.addValue("nsites", m.sites() > 0 ? m.sites() : Double.NaN);
            rt.addValue("source", m.source().key());
        }
        for (String c : new String[] {"band_gap", "energy_above_hull", "formation_energy_per_atom"}) {
            int i = rt.getColumnIndex(c);
            if (i != ResultsTable.COLUMN_NOT_FOUND) {
                rt.setDecimalPlaces(i, StructureTables.DECIMALS);
            }
        }
        rt.show("Results");
    }
}
