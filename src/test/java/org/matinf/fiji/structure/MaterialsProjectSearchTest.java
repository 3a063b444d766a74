package org.matinf.fiji.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ij.Prefs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.io.StructureIO;
import org.matinf.core.materialsproject.FakeMaterialsProject;
import org.matinf.core.materialsproject.MpExport;
import org.matinf.core.structure.Structure;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/** Materials Project Search and Materials Project API Key through the macro path of bin/matinf -batch. */
class MaterialsProjectSearchTest {
    private static final String KEY = "FAKEkey0123456789abcdefFAKEkey99";
    private static final String MENU = "Plugins>Materials Informatics>Structure";

    @TempDir
    Path dir;
    private MacroRunner macros;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeAll
    static void loadLibrary() {
        FakeMaterialsProject.library();
    }

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8)); // IJ.log prints here headless
        Prefs.set(MaterialsProjectKey.PREFERENCE, null);
    }

    @AfterEach
    void tearDown() {
        System.setOut(stdout);
        Prefs.set(MaterialsProjectKey.PREFERENCE, null);
        System.clearProperty(MaterialsProjectSearch.ENDPOINT_PROPERTY);
    }

    private String log() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path database() {
        return TestData.shared().resolve("datasets/structures_mp20_subset");
    }

    private String search(String criteria) {
        return "run(\"Materials Project Search\", \"" + criteria + " cache=[" + dir.resolve("cache") + "] output=["
                + dir.resolve("cifs") + "] table=[" + dir.resolve("hits.csv") + "]\");\n"
                + "saveAs(\"Results\", \"" + dir.resolve("results.csv") + "\");\n";
    }

    @Test
    void menuAndMacroKeys() {
        List<CommandEntry> mine = MatInfCommands.discover().stream().filter(c -> c.menu().equals(MENU)).collect(Collectors.toList());
        assertTrue(mine.contains(new CommandEntry(MENU, "Materials Project Search", MaterialsProjectSearch.class.getName())));
        assertTrue(mine.contains(new CommandEntry(MENU, "Materials Project API Key", MaterialsProjectApiKey.class.getName())));
        assertEquals(List.of("elements", "exclude", "chemsys", "formula", "band_gap_min", "band_gap_max", "e_hull_min",
                "e_hull_max", "limit", "database", "offline", "refresh", "output", "table", "cache", "timeout"),
                CommandInput.of(MaterialsProjectSearch.class).stream().map(CommandInput::name).toList());
        // no input can carry the key, so a recorded macro never holds it
        assertEquals(List.of(), CommandInput.of(MaterialsProjectApiKey.class));
    }

    @Test
    void offlineDatabaseSearch() throws IOException {
        macros.assertRuns(search("elements=O band_gap_min=1 band_gap_max=3 e_hull_max=0.05 limit=20 database=["
                + database() + "] offline=true"));
        JsonNode ref = TestData.json(TestData.reference("materialsproject/offline_queries.json"));
        List<String> want = new ArrayList<>();
        ref.at("/queries/oxides_gap_1_3_stable/first_ids").forEach(x -> want.add(x.asText()));
        DataTable t = DataTable.read(dir.resolve("hits.csv"));
        assertEquals(MpExport.COLUMNS, t.names());
        assertEquals(want, List.of(t.texts("material_id")));
        assertTrue(List.of(t.texts("source")).stream().allMatch("offline"::equals));
        List<Map<String, String>> results = TestData.csv(dir.resolve("results.csv"));
        assertEquals(want, results.stream().map(r -> r.get("material_id")).toList());
        for (Map<String, String> r : results) {
            double g = Double.parseDouble(r.get("band_gap"));
            assertTrue(g >= 1 && g <= 3, "band gap " + g);
        }
        try (Stream<Path> s = Files.list(dir.resolve("cifs"))) {
            assertEquals(20, s.count());
        }
        Structure first = StructureIO.read(dir.resolve("cifs").resolve(want.get(0) + ".cif"));
        assertEquals((int) t.numbers("nsites")[0], first.numSites());
        assertTrue(log().contains("Materials Project Search: 20 materials of 67 matching (offline)"), log());
    }

    @Test
    void apiThenCacheWithTheKeyNowhere() throws IOException {
        assumeTrue(System.getenv("MP_API_KEY") == null, "MP_API_KEY is set in this environment and would be used");
        try (FakeMaterialsProject server = new FakeMaterialsProject(KEY)) {
            System.setProperty(MaterialsProjectSearch.ENDPOINT_PROPERTY, server.endpoint().toString());
            Prefs.set(MaterialsProjectKey.PREFERENCE, KEY);
            macros.assertRuns(search("chemsys=[Li-*-*] limit=30"));
            List<Map<String, String>> first = TestData.csv(dir.resolve("results.csv"));
            assertEquals(30, first.size());
            assertTrue(first.stream().allMatch(r -> r.get("source").equals("api")));
            assertEquals("mp-1002572", first.get(0).get("material_id")); // offline_queries.json: chemsys_ternary_li
            assertEquals(1, server.received().size());
            assertTrue(server.received().stream().allMatch(r -> KEY.equals(r.apiKey())));
            macros.assertRuns(search("chemsys=[Li-*-*] limit=30"));
            List<Map<String, String>> again = TestData.csv(dir.resolve("results.csv"));
            assertTrue(again.stream().allMatch(r -> r.get("source").equals("cache")));
            assertEquals(first.stream().map(r -> r.get("material_id")).toList(),
                    again.stream().map(r -> r.get("material_id")).toList());
            assertEquals(1, server.received().size(), "the second search was answered by the cache");
            Prefs.set(MaterialsProjectKey.PREFERENCE, "WRONGkey000000000000000000000000");
            macros.assertFails(search("elements=Fe,O refresh=true"), "the API key was refused (HTTP 401)");
            assertFalse(macros.err().contains("WRONGkey"));
        }
        assertKeyNowhere(KEY);
    }

    private void assertKeyNowhere(String key) throws IOException {
        assertFalse(log().contains(key), "log");
        assertFalse(macros.err().contains(key), "messages");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(key), p.toString());
            }
        }
    }

    @Test
    void keyCommandTakesNoKeyFromAMacro() throws IOException {
        String secret = "SECRETkey000000000000000000000000";
        macros.assertFails("run(\"Materials Project API Key\", \"key=" + secret + "\");",
                "without a screen the key cannot be typed in; set the environment variable MP_API_KEY");
        assertNull(Prefs.get(MaterialsProjectKey.PREFERENCE, null));
        assertTrue(log().contains("ignoring the unknown option 'key'"), log());
        assertFalse(macros.err().contains(secret));
    }

    @Test
    void withoutKeyOrDatabase() throws IOException {
        assumeTrue(System.getenv("MP_API_KEY") == null, "MP_API_KEY is set in this environment");
        macros.assertFails(search("formula=Fe2O3"), "no Materials Project API key (set the environment variable MP_API_KEY"
                + " or use Materials Project API Key) and no offline database (database=[csv file or folder])");
        assertFalse(Files.exists(dir.resolve("hits.csv")));
    }

    @Test
    void badCriteriaAreNamed() throws IOException {
        macros.assertFails(search("elements=Fe,Xx database=[" + database() + "]"), "elements: 'Xx' is not an element symbol");
        macros.assertFails(search("band_gap_min=3 band_gap_max=1 database=[" + database() + "]"),
                "band_gap_min (3.0) is larger than band_gap_max (1.0)");
        macros.assertFails(search("elements=O offline=true database=[" + dir.resolve("nothing.csv") + "]"),
                "nothing.csv: no such file or folder (database=)");
    }
}
