package org.matinf.core.optimize.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.SearchSpace;
import org.matinf.core.optimize.campaign.CampaignData.Experiment;
import org.matinf.core.table.DataTable;

class CampaignTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The lab: yield of a synthesis at temperature T and time t with a solvent; best near T = 620, t = 3, ethanol. */
    static double lab(Map<String, Object> v) {
        double t = ((Number) v.get("T")).doubleValue();
        double h = ((Number) v.get("time")).doubleValue();
        double s = switch (String.valueOf(v.get("solvent"))) {
            case "ethanol" -> 10;
            case "water" -> 0;
            default -> -5;
        };
        return 80 + s - Math.pow((t - 620) / 60, 2) * 10 - Math.pow(h - 3, 2) * 4;
    }

    /** Fills the lab's results into a proposals CSV, as a user would. */
    static Path measure(Path proposals, Campaign c) throws IOException {
        DataTable t = DataTable.read(proposals);
        String[] result = new String[t.rows()];
        for (int r = 0; r < t.rows(); r++) {
            Map<String, Object> v = Map.of("T", t.numbers("T")[r], "time", t.numbers("time")[r], "solvent", t.texts("solvent")[r]);
            result[r] = Double.toString(lab(v));
        }
        DataTable.Builder b = DataTable.builder(proposals.toString());
        for (String n : t.names()) {
            if (n.equals(c.target())) {
                b.texts(n, result);
            } else if (t.isNumeric(n)) {
                b.numbers(n, t.numbers(n));
            } else {
                b.texts(n, t.texts(n));
            }
        }
        Path out = proposals.resolveSibling("measured-" + proposals.getFileName());
        b.build().write(out);
        return out;
    }

    @Test
    void aCampaignProposesRecordsAndResumesFromItsFile() throws IOException {
        Path file = dir.resolve("synthesis.json");
        SearchSpace space = SearchSpace.parse("T:400:800, time:0.5:6, solvent:{water|ethanol|toluene}", "T + 100*time <= 1300");
        Campaign c = Campaign.create(file, "yield", Goal.MAXIMIZE, space, CampaignSettings.DEFAULT, CLOCK);
        assertThrows(IllegalArgumentException.class, () -> Campaign.create(file, "yield", Goal.MAXIMIZE, space, CampaignSettings.DEFAULT, CLOCK),
                "an existing campaign is never overwritten");
        for (int round = 1; round <= 8; round++) {
            Campaign open = Campaign.open(file, CLOCK); // every round from the file, as after a restart
            List<Experiment> batch = open.propose(3);
            assertEquals(3, batch.size());
            assertEquals("R" + round + "-1", batch.get(0).name());
            assertEquals(round == 1, batch.get(0).acquisition() == null, "round 1 is the space-filling start");
            for (Experiment e : batch) {
                assertTrue(space.feasible(space.point(e.values(), "test")), "infeasible proposal " + e.values());
            }
            Path csv = dir.resolve("round" + round + ".csv");
            open.writeProposals(csv, batch);
            RecordSummary s = Campaign.open(file, CLOCK).record(DataTable.read(measure(csv, open)));
            assertEquals(new RecordSummary(3, 3, 0, 0), s);
        }
        Campaign done = Campaign.open(file, CLOCK);
        assertEquals(24, done.observations().size());
        assertTrue(done.pending().isEmpty());
        assertEquals(24, done.model().orElseThrow().observations());
        CampaignData.Observation best = done.best().orElseThrow();
        assertEquals("ethanol", best.values().get("solvent"));
        assertTrue(best.result() > 85, "best yield after 24 experiments " + best.result() + " (optimum 90)");
        // recording the same file again changes nothing
        RecordSummary again = done.record(DataTable.read(dir.resolve("measured-round8.csv")));
        assertEquals(new RecordSummary(0, 0, 0, 3), again);
        assertEquals(24, Campaign.open(file, CLOCK).observations().size());
        List<String> events = done.history().stream().map(CampaignData.Event::event).toList();
        assertEquals("created", events.get(0));
        assertTrue(events.contains("proposed") && events.contains("recorded") && events.contains("model"));
    }

    @Test
    void pendingProposalsAreNotProposedAgainAndResultsMatchWithoutNames() throws IOException {
        Path file = dir.resolve("c.json");
        Campaign c = Campaign.create(file, "yield", Goal.MAXIMIZE, SearchSpace.parse("T:400:800, time:0.5:6, solvent:{water|ethanol}", null),
                CampaignSettings.DEFAULT, CLOCK);
        List<Experiment> first = c.propose(4);
        Path csv = dir.resolve("first.csv");
        c.writeProposals(csv, first);
        c.record(DataTable.read(measure(csv, c)));
        List<Experiment> a = c.propose(2);
        List<Experiment> b = Campaign.open(file, CLOCK).propose(2); // a is still pending
        assertEquals(2, b.get(0).round() - 1 + 0 * a.size(), "rounds count on");
        for (Experiment x : b) {
            for (Experiment y : a) {
                double dT = Math.abs(((Number) x.values().get("T")).doubleValue() - ((Number) y.values().get("T")).doubleValue());
                double dt = Math.abs(((Number) x.values().get("time")).doubleValue() - ((Number) y.values().get("time")).doubleValue());
                assertTrue(dT > 1 || dt > 0.05 || !x.values().get("solvent").equals(y.values().get("solvent")), "pending proposal proposed again");
            }
        }
        // the lab reports one result of round 2 without the proposal column: matched by its values
        Experiment done = a.get(1);
        String text = "T,time,solvent,yield\n" + done.values().get("T") + "," + done.values().get("time") + "," + done.values().get("solvent") + ",77.5\n"
                + "500,1,water,\n";
        Path manual = dir.resolve("manual.csv");
        Files.writeString(manual, text);
        Campaign reopened = Campaign.open(file, CLOCK);
        assertEquals(new RecordSummary(1, 1, 1, 0), reopened.record(DataTable.read(manual)));
        assertEquals(3, Campaign.open(file, CLOCK).pending().size());
        assertEquals(done.name(), Campaign.open(file, CLOCK).observations().get(4).proposal());
    }

    @Test
    void poolCampaignsNameCandidates() throws IOException {
        StringBuilder sb = new StringBuilder("formula,x1,x2,gap\n");
        for (int i = 0; i < 60; i++) {
            sb.append("M").append(i).append("O2,").append(i % 10).append(',').append(i / 10).append(",\n");
        }
        Path pool = dir.resolve("pool.csv");
        Files.writeString(pool, sb.toString());
        Path file = dir.resolve("pool.json");
        Campaign c = Campaign.createPool(file, "gap", Goal.MINIMIZE, pool, "formula", CampaignSettings.DEFAULT, CLOCK);
        assertEquals(List.of("formula"), c.variables());
        List<Experiment> start = c.propose(5);
        assertEquals(5, start.stream().map(Experiment::id).distinct().count());
        StringBuilder res = new StringBuilder("proposal,formula,gap\n");
        for (Experiment e : start) {
            int i = Integer.parseInt(e.id().substring(1, e.id().length() - 2));
            res.append(e.name()).append(',').append(e.id()).append(',').append(Math.pow(i % 10 - 7, 2) + Math.pow(i / 10 - 2, 2)).append('\n');
        }
        Path r = dir.resolve("r.csv");
        Files.writeString(r, res.toString());
        assertEquals(new RecordSummary(5, 5, 0, 0), c.record(DataTable.read(r)));
        List<Experiment> next = Campaign.open(file, CLOCK).propose(3);
        for (Experiment e : next) {
            assertFalse(start.stream().anyMatch(s -> s.id().equals(e.id())), "measured candidate proposed again");
            assertNotNull(e.predicted());
        }
        // the pool file changed under the campaign
        Files.writeString(pool, sb.substring(0, sb.lastIndexOf("M59")));
        CampaignException ex = assertThrows(CampaignException.class, () -> Campaign.open(file, CLOCK).propose(1));
        assertTrue(ex.getMessage().contains("59 rows but had 60"), ex.getMessage());
    }

    @Test
    void badFilesAndResultsAreRefusedClearly() throws IOException {
        Path file = dir.resolve("c.json");
        Campaign c = Campaign.create(file, "yield", Goal.MAXIMIZE, SearchSpace.parse("T:400:800, solvent:{water|ethanol}", null),
                CampaignSettings.DEFAULT, CLOCK);
        String good = Files.readString(file);
        assertMessage("no such campaign file", () -> Campaign.open(dir.resolve("none.json"), CLOCK));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, good.substring(0, good.length() / 2));
        CampaignException ex = assertThrows(CampaignException.class, () -> Campaign.open(broken, CLOCK));
        assertTrue(ex.line() > 0 && ex.getMessage().startsWith(broken.toString()), ex.getMessage());
        Files.writeString(broken, "{\"format\": \"something-else\"}");
        assertMessage("not a MatInf campaign file", () -> Campaign.open(broken, CLOCK));
        Files.writeString(broken, good.replace("\"version\" : 1", "\"version\" : 7"));
        assertMessage("newer MatInf", () -> Campaign.open(broken, CLOCK));
        Files.writeString(broken, good.replace("\"EI\"", "\"XYZ\""));
        assertMessage("unknown acquisition function 'XYZ'", () -> Campaign.open(broken, CLOCK));
        Files.writeString(broken, good.replace("\"maximize\"", "\"upwards\""));
        assertMessage("goal must be maximize or minimize", () -> Campaign.open(broken, CLOCK));

        Path r = dir.resolve("r.csv");
        Files.writeString(r, "T,solvent,yield\n500,water,12\n600,acetone,13\n");
        assertMessage("r.csv, line 3: parameter solvent: 'acetone' is not one of [water, ethanol]", () -> c.record(DataTable.read(r)));
        Files.writeString(r, "T,solvent,yield\n500,water,12\n600,water,high\n");
        assertMessage("line 3: the result 'high'", () -> c.record(DataTable.read(r)));
        Files.writeString(r, "T,solvent\n500,water\n");
        assertMessage("no column 'yield'", () -> c.record(DataTable.read(r)));
        Files.writeString(r, "T,solvent,yield,proposal\n500,water,3,R9-9\n");
        assertMessage("no proposal named 'R9-9'", () -> c.record(DataTable.read(r)));
        // nothing of the refused files was recorded
        assertEquals(0, Campaign.open(file, CLOCK).observations().size());
        // two equal results: the model cannot rank yet, and says so
        Files.writeString(r, "T,solvent,yield\n500,water,12\n600,ethanol,12\n");
        c.record(DataTable.read(r));
        assertMessage("are equal", () -> c.propose(1));
        assertNull(Campaign.open(file, CLOCK).model().orElse(null));
        assertMessage("may not be called 'T'", () -> Campaign.create(dir.resolve("d.json"), "T", Goal.MAXIMIZE, SearchSpace.parse("T:0:1", null),
                CampaignSettings.DEFAULT, CLOCK));
    }

    @Test
    void handEditedFilesWithMissingFieldsAreRefusedClearly() throws IOException {
        Path file = dir.resolve("e.json");
        Campaign.create(file, "yield", Goal.MAXIMIZE, SearchSpace.parse("T:400:800, solvent:{water|ethanol}", null), CampaignSettings.DEFAULT, CLOCK);
        String good = Files.readString(file);
        Path broken = dir.resolve("edited.json");
        // a continuous variable without its upper bound, a categorical one without its levels, a variable without a name
        for (String[] edit : new String[][] {{"\"high\" : 800.0", "\"hi\" : 800.0"}, {"\"levels\"", "\"choices\""},
                {"\"name\" : \"T\"", "\"label\" : \"T\""}}) {
            assertTrue(good.contains(edit[0]), edit[0] + " in " + good);
            Files.writeString(broken, good.replace(edit[0], edit[1]));
            CampaignException ex = assertThrows(CampaignException.class, () -> Campaign.open(broken, CLOCK), edit[1]);
            assertTrue(ex.getMessage().startsWith(broken.toString() + ": "), ex.getMessage());
        }
        Path pool = dir.resolve("pool.csv");
        Files.writeString(pool, "formula,a,b\nA,1,2\nB,2,1\nC,3,5\n");
        Path pc = dir.resolve("p.json");
        Campaign.createPool(pc, "gap", Goal.MINIMIZE, pool, "formula", CampaignSettings.DEFAULT, CLOCK);
        String poolGood = Files.readString(pc);
        for (String[] edit : new String[][] {{"\"features\"", "\"columns\""}, {"\"file\"", "\"path\""}, {"\"id\" : \"formula\"", "\"key\" : \"formula\""}}) {
            assertTrue(poolGood.contains(edit[0]), edit[0] + " in " + poolGood);
            Files.writeString(broken, poolGood.replace(edit[0], edit[1]));
            CampaignException ex = assertThrows(CampaignException.class, () -> Campaign.open(broken, CLOCK).propose(1), edit[1]);
            assertTrue(ex.getMessage().startsWith(broken.toString() + ": "), ex.getMessage());
        }
        // a pending proposal without its values
        Campaign c = Campaign.open(file, CLOCK);
        c.propose(1);
        String proposed = Files.readString(file);
        assertTrue(proposed.contains("\"values\" : {"), proposed);
        Files.writeString(broken, proposed.replace("\"values\" : {", "\"point\" : {"));
        CampaignException ex = assertThrows(CampaignException.class, () -> Campaign.open(broken, CLOCK).propose(1));
        assertEquals(broken + ": proposal R1-1 names no values", ex.getMessage());
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        RuntimeException ex = assertThrows(RuntimeException.class, e);
        assertTrue(ex.getMessage().contains(part), "expected '" + part + "' in: " + ex.getMessage());
    }
}
