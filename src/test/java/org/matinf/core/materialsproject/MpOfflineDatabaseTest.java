package org.matinf.core.materialsproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.structure.StructureException;
import org.matinf.core.table.TableException;
import org.matinf.testutil.TestData;

/**
 * The shared MP-20 subset as an offline database, against offline_queries.json (the same criteria
 * applied with Python's csv module and pymatgen's reduced formulas).
 */
class MpOfflineDatabaseTest {
    private static MpOfflineDatabase db;
    private static JsonNode ref;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        db = MpOfflineDatabase.load(TestData.shared().resolve("datasets/structures_mp20_subset"));
        ref = TestData.json(TestData.reference("materialsproject/offline_queries.json"));
    }

    private static MpQuery query(JsonNode q, int limit) {
        MpQuery.Builder b = MpQuery.builder().limit(limit);
        if (q.has("elements")) {
            b.elements(join(q.get("elements")));
        }
        if (q.has("exclude")) {
            b.excludeElements(join(q.get("exclude")));
        }
        if (q.has("chemsys")) {
            b.chemicalSystems(join(q.get("chemsys")));
        }
        if (q.has("formula")) {
            b.formulas(join(q.get("formula")));
        }
        b.bandGap(q.path("band_gap_min").asDouble(Double.NaN), q.path("band_gap_max").asDouble(Double.NaN));
        b.energyAboveHull(q.path("e_hull_min").asDouble(Double.NaN), q.path("e_hull_max").asDouble(Double.NaN));
        return b.build();
    }

    private static String join(JsonNode list) {
        List<String> s = new ArrayList<>();
        list.forEach(x -> s.add(x.asText()));
        return String.join(",", s);
    }

    @Test
    void everyQueryMatchesTheReference() {
        assertEquals(1112, db.size());
        assertEquals(ref.get("rows").asInt(), db.size());
        int compared = 0;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) ref.get("queries")::fields) {
            JsonNode r = e.getValue();
            MpQuery q = query(r.get("query"), 20);
            assertEquals(r.get("count").asInt(), db.count(q), e.getKey());
            List<String> ids = db.search(q).stream().map(MpMaterial::materialId).toList();
            List<String> want = new ArrayList<>();
            r.get("first_ids").forEach(x -> want.add(x.asText()));
            assertEquals(want, ids, e.getKey());
            compared++;
        }
        assertEquals(8, compared);
        assertEquals(67, db.count(query(ref.at("/queries/oxides_gap_1_3_stable/query"), 1)));
        assertEquals(318, db.count(query(ref.at("/queries/metals_on_hull/query"), 1)));
    }

    @Test
    void materialsCarryTheirNumbersAndStructures() {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) ref.get("materials")::fields) {
            JsonNode r = e.getValue();
            MpQuery q = MpQuery.builder().formulas(r.get("reduced_formula").asText()).limit(100).build();
            MpMaterial m = db.search(q).stream().filter(x -> x.materialId().equals(e.getKey())).findFirst().orElseThrow();
            assertEquals(r.get("formula").asText(), m.formula());
            assertEquals(r.get("band_gap").asDouble(), m.bandGap());
            assertEquals(r.get("e_above_hull").asDouble(), m.energyAboveHull());
            assertEquals(r.get("formation_energy_per_atom").asDouble(), m.formationEnergyPerAtom());
            assertEquals(r.get("spacegroup").asInt(), m.spacegroupNumber());
            assertEquals(r.get("nsites").asInt(), m.sites());
            assertEquals(r.get("volume").asDouble(), m.structure().volume(), 1e-6, e.getKey());
            double[] abc = m.structure().lattice().abc();
            for (int i = 0; i < 3; i++) {
                assertEquals(r.get("abc").get(i).asDouble(), abc[i], 1e-7);
            }
            assertEquals(MpSource.OFFLINE, m.source());
            assertEquals(e.getKey(), m.structure().title());
        }
    }

    @Test
    void pymatgenSummaryDocumentsGiveTheSameMaterials() {
        JsonNode docs = TestData.json(TestData.reference("materialsproject/summary_docs.json"));
        List<JsonNode> list = new ArrayList<>();
        docs.get("data").forEach(list::add);
        List<MpMaterial> fromApi = SummaryDocuments.materials(new MpAnswer(list, 3), MpSource.API);
        for (MpMaterial a : fromApi) {
            MpMaterial b = db.search(MpQuery.builder().formulas(a.formula()).limit(100).build()).stream()
                    .filter(x -> x.materialId().equals(a.materialId())).findFirst().orElseThrow();
            assertEquals(b.bandGap(), a.bandGap());
            assertEquals(b.sites(), a.sites());
            assertEquals(b.structure().volume(), a.structure().volume(), 1e-6);
            assertEquals(b.elements(), a.elements());
        }
    }

    @Test
    void withoutStructureFieldNoCifIsRead() {
        MpQuery q = MpQuery.builder().formulas("GaTe").fields(List.of("band_gap")).build();
        assertNull(db.search(q).get(0).structure());
    }

    @Test
    void badFilesNameTheFileAndLine() throws IOException {
        Path missing = dir.resolve("none.csv");
        assertEquals(missing + ": no such file or folder (database=)",
                assertThrows(TableException.class, () -> MpOfflineDatabase.load(missing)).getMessage());
        assertTrue(assertThrows(TableException.class, () -> MpOfflineDatabase.load(dir)).getMessage().endsWith("no .csv files in this folder"));
        Path noCif = dir.resolve("a.csv");
        Files.writeString(noCif, "material_id,pretty_formula,band_gap,e_above_hull\nmp-1,Si,0.5,0\n");
        assertEquals(noCif + ", line 1: no column 'cif' (a Materials Project database file needs the columns material_id,"
                + " pretty_formula, band_gap, e_above_hull, cif)",
                assertThrows(TableException.class, () -> MpOfflineDatabase.load(noCif)).getMessage());
        Path badGap = dir.resolve("b.csv");
        Files.writeString(badGap, "material_id,pretty_formula,band_gap,e_above_hull,cif\nmp-1,Si,0.5,0,x\nmp-2,Si,wide,0,x\n");
        assertEquals(badGap + ", line 3: band_gap: 'wide' is not a number",
                assertThrows(TableException.class, () -> MpOfflineDatabase.load(badGap)).getMessage());
        Path badCif = dir.resolve("c.csv");
        Files.writeString(badCif, "material_id,pretty_formula,band_gap,e_above_hull,cif\nmp-1,Si,0.5,0,\"data_Si\n"
                + "_cell_length_a 5.43\n_cell_length_b five\n\"\n");
        MpOfflineDatabase c = MpOfflineDatabase.load(badCif);
        StructureException ex = assertThrows(StructureException.class, () -> c.search(MpQuery.builder().elements("Si").build()));
        assertEquals(badCif.toString(), ex.source());
        assertTrue(ex.getMessage().startsWith(badCif + ", line ") && ex.getMessage().contains("the CIF of mp-1: "), ex.getMessage());
    }
}
