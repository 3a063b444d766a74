package org.matinf.fiji.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.descriptors.structure.SiteStatsFeatures;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** "Structure Descriptors" with preset=site_stats, through the macro path of bin/matinf -batch. */
class SiteStatsDescriptorsTest {
    @TempDir
    Path dir;

    /**
     * Rock salt (cn 6, octahedral) and diamond Si (cn 4, tetrahedral) — the same with MinimumDistance
     * and CrystalNN shells, so the numbers hold whichever strategy the preset uses.
     */
    @Test
    void siteStatsColumns() throws IOException {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "file\n" + TestData.structures().resolve("handmade/NaCl_B1_conv.vasp") + "\n"
                + TestData.structures().resolve("elements_cod/Si.cif") + "\n");
        Path out = dir.resolve("features.csv");
        new MacroRunner(dir).assertRuns("run(\"Structure Descriptors\", \"input=[" + csv + "] preset=site_stats output=["
                + out + "]\");");
        List<Map<String, String>> rows = TestData.csv(out);
        List<String> columns = TestData.columns(rows);
        assertEquals(1 + SiteStatsFeatures.STATS.size() * SiteStatsFeatures.siteLabels().size(), columns.size());
        assertEquals(List.of("file", "mean CN", "std_dev CN", "minimum CN", "maximum CN"), columns.subList(0, 5));
        assertEquals(6, Double.parseDouble(rows.get(0).get("mean CN")));
        assertEquals(1, Double.parseDouble(rows.get(0).get("minimum octahedral CN_6")), 1e-9);
        assertEquals(0, Double.parseDouble(rows.get(0).get("maximum tetrahedral CN_4")));
        assertEquals(4, Double.parseDouble(rows.get(1).get("maximum CN")));
        assertEquals(1, Double.parseDouble(rows.get(1).get("mean tetrahedral CN_4")), 1e-9);
        assertEquals(0, Double.parseDouble(rows.get(1).get("std_dev tetrahedral CN_4")), 1e-9);
    }
}
