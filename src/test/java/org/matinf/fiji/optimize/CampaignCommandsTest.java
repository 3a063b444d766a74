package org.matinf.fiji.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.optimize.campaign.Campaign;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** Propose Next Experiments and Record Experiment Results run a whole campaign from macros, headless. */
class CampaignCommandsTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    /** The lab: the yield of a synthesis (best 90 at T = 620, time = 3, ethanol). */
    private static double lab(double t, double h, String solvent) {
        double s = solvent.equals("ethanol") ? 10 : solvent.equals("water") ? 0 : -5;
        return 80 + s - Math.pow((t - 620) / 60, 2) * 10 - Math.pow(h - 3, 2) * 4;
    }

    /** Fills the yield column of a proposals CSV as the lab would. */
    private Path measure(Path proposals) throws IOException {
        List<Map<String, String>> rows = TestData.csv(proposals);
        StringBuilder sb = new StringBuilder("proposal,T,time,solvent,yield\n");
        for (Map<String, String> r : rows) {
            double t = Double.parseDouble(r.get("T"));
            double h = Double.parseDouble(r.get("time"));
            sb.append(r.get("proposal")).append(',').append(t).append(',').append(h).append(',').append(r.get("solvent")).append(',')
                    .append(lab(t, h, r.get("solvent"))).append('\n');
        }
        Path out = dir.resolve("measured-" + proposals.getFileName());
        Files.writeString(out, sb.toString());
        return out;
    }

    /** The columns of a saved Results table (without ImageJ's unnamed row-number column). */
    private static List<String> columns(List<Map<String, String>> rows) {
        return rows.get(0).keySet().stream().filter(k -> !k.isBlank()).toList();
    }

    @Test
    void aCampaignRunsFromMacroLines() throws IOException {
        Path campaign = dir.resolve("synthesis.json");
        String propose = "run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] target=yield goal=maximize "
                + "parameters=[T:400:800, time:0.5:6, solvent:{water|ethanol|toluene}] constraints=[T + 100*time <= 1300] count=4 output=["
                + dir.resolve("round1.csv") + "]\");\nsaveAs(\"Results\", \"" + dir.resolve("p1.csv") + "\");";
        macros.assertRuns(propose);
        List<Map<String, String>> first = TestData.csv(dir.resolve("p1.csv"));
        assertEquals(4, first.size());
        assertEquals(List.of("proposal", "round", "T", "time", "solvent", "predicted", "std", "acquisition"), columns(first));
        assertEquals("R1-1", first.get(0).get("proposal"));
        double best = Double.NEGATIVE_INFINITY;
        Path proposals = dir.resolve("round1.csv");
        for (int round = 1; round <= 7; round++) {
            Path measured = measure(proposals);
            macros.assertRuns("run(\"Record Experiment Results\", \"campaign=[" + campaign + "] results=[" + measured + "]\");\n"
                    + "saveAs(\"Results\", \"" + dir.resolve("rec.csv") + "\");");
            Map<String, String> rec = TestData.csv(dir.resolve("rec.csv")).get(0);
            assertEquals("4", rec.get("recorded"));
            assertEquals("4", rec.get("matched"));
            assertEquals(String.valueOf(4 * round), rec.get("observations"));
            best = Double.parseDouble(rec.get("best"));
            if (round < 7) {
                // an existing campaign: only the file, the count and (optionally) new settings
                proposals = dir.resolve("synthesis-round" + (round + 1) + ".csv");
                macros.assertRuns("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] count=4\");");
                assertTrue(Files.exists(proposals), "default proposals file beside the campaign");
            }
        }
        assertTrue(best > 88, "best yield after 28 experiments " + best + " (optimum 90)");
        Map<String, String> rec = TestData.csv(dir.resolve("rec.csv")).get(0);
        assertEquals("ethanol", rec.get("solvent"));
        // the same results again: nothing new
        macros.assertRuns("run(\"Record Experiment Results\", \"campaign=[" + campaign + "] results=[" + measure(proposals) + "]\");\n"
                + "saveAs(\"Results\", \"" + dir.resolve("rec.csv") + "\");");
        assertEquals("4", TestData.csv(dir.resolve("rec.csv")).get(0).get("skipped_repeated"));
    }

    @Test
    void poolCampaignWithThompsonSampling() throws IOException {
        StringBuilder sb = new StringBuilder("formula,a,b\n");
        for (int i = 0; i < 40; i++) {
            sb.append("A").append(i).append("B,").append(i % 8).append(',').append(i / 8).append('\n');
        }
        Path pool = dir.resolve("candidates.csv");
        Files.writeString(pool, sb.toString());
        Path campaign = dir.resolve("gap.json");
        macros.assertRuns("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] target=gap goal=minimize pool=[" + pool
                + "] id=formula count=3 acquisition=TS\");\nsaveAs(\"Results\", \"" + dir.resolve("p.csv") + "\");");
        List<Map<String, String>> p = TestData.csv(dir.resolve("p.csv"));
        assertEquals(List.of("proposal", "round", "formula", "predicted", "std", "acquisition"), columns(p));
        assertEquals(3, p.stream().map(r -> r.get("formula")).distinct().count());
        assertTrue(Files.readString(campaign).contains("\"acquisition\" : \"TS\""));
    }

    @Test
    void mistakesAreReportedClearly() throws IOException {
        Path campaign = dir.resolve("c.json");
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] parameters=[x:0:1] count=2\");", "give the target");
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] target=y parameters=[x:1:0] count=2\");",
                "infeasible bounds");
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] target=y parameters=[x:0:1, y:0:1] constraints=[x + y >= 5] count=2\");",
                "infeasible search space");
        macros.assertRuns("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] target=y parameters=[x:0:1] count=2\");");
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] parameters=[x:0:2] count=2\");", "keeps its own search space");
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] goal=minimize count=2\");", "leave goal empty");
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] acquisition=EIX count=2\");", "unknown acquisition");
        // the proposals CSV must not replace the campaign it comes from
        macros.assertFails("run(\"Propose Next Experiments\", \"campaign=[" + campaign + "] count=2 output=[" + campaign + "]\");",
                "is the campaign file");
        assertEquals(2, Campaign.open(campaign, java.time.Clock.systemUTC()).proposals().size(), "the campaign is intact, nothing proposed");
        Path results = dir.resolve("r.csv");
        Files.writeString(results, "x,y\n0.5,NaN\n0.7,abc\n");
        macros.assertFails("run(\"Record Experiment Results\", \"campaign=[" + campaign + "] results=[" + results + "]\");", "r.csv, line 3");
        Files.writeString(dir.resolve("bad.json"), "{ \"format\": \"matinf-campaign\", ");
        macros.assertFails("run(\"Record Experiment Results\", \"campaign=[" + dir.resolve("bad.json") + "] results=[" + results + "]\");",
                "bad.json, line 1: not a valid campaign file");
    }
}
