package org.matinf.core.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** CrystalNN and VoronoiNN against pymatgen's neighbour lists, weights and scores (reference/environment/neighbors.json). */
class CrystalNNTest {
    static Stream<JsonNode> cases() {
        return TestData.jsonCases("environment/neighbors.json", "cases");
    }

    private static String key(int index, int[] image) {
        return index + " " + Arrays.toString(image);
    }

    private static String key(JsonNode n) {
        int[] image = new int[3];
        for (int k = 0; k < 3; k++) {
            image[k] = n.get("image").get(k).asInt();
        }
        return key(n.get("index").asInt(), image);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void voronoiFacesMatchPymatgen(JsonNode c) {
        Structure s = TestData.structure(c.get("file").asText());
        List<VoronoiCell> cells = VoronoiCell.all(s, VoronoiNN.DEFAULT.cutoff());
        for (JsonNode site : c.get("sites")) {
            int i = site.get("site").asInt();
            assertEquals(site.get("species").asText(), s.site(i).speciesString());
            Map<String, VoronoiFace> faces = new HashMap<>();
            cells.get(i).faces().forEach(f -> faces.put(key(f.index(), f.image()), f));
            String where = c.get("file").asText() + " site " + i;
            assertEquals(site.get("voronoi_faces").size(), faces.size(), where);
            for (JsonNode expected : site.get("voronoi_faces")) {
                VoronoiFace f = faces.get(key(expected));
                assertNotNull(f, where + ": no face towards " + key(expected));
                assertEquals(expected.get("distance").asDouble(), f.distance(), 1e-8, where);
                assertEquals(expected.get("solid_angle").asDouble(), f.solidAngle(), 1e-8, where);
                assertEquals(expected.get("area").asDouble(), f.area(), 1e-8, where);
                assertEquals(expected.get("volume").asDouble(), f.volume(), 1e-8, where);
            }
            assertEquals(site.get("voronoi_volume").asDouble(), cells.get(i).volume(), 1e-8, where);
            List<CoordinatedNeighbor> shell = VoronoiNN.DEFAULT.shell(cells.get(i));
            assertEquals(site.get("voronoi_faces").size(), shell.size(), where);
            for (CoordinatedNeighbor n : shell) {
                double weight = faces.get(key(n.index(), n.image())).solidAngle() / cells.get(i).maxSolidAngle();
                assertEquals(weight, n.weight(), 1e-12);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void crystalNNShellsAndScoresMatchPymatgen(JsonNode c) {
        Structure s = TestData.structure(c.get("file").asText());
        List<CrystalNN.Shells> all = CrystalNN.DEFAULT.allShells(s);
        for (JsonNode site : c.get("sites")) {
            int i = site.get("site").asInt();
            String where = c.get("file").asText() + " site " + i;
            CrystalNN.Shells shells = all.get(i);
            assertEquals(site.get("crystalnn_cn").asInt(), shells.coordinationNumber(), where);
            List<String> names = new ArrayList<>();
            site.get("crystalnn_scores").fieldNames().forEachRemaining(names::add);
            assertEquals(new TreeSet<>(names.stream().map(Integer::valueOf).toList()), shells.scores().keySet(), where);
            for (String cn : names) {
                assertEquals(site.get("crystalnn_scores").get(cn).asDouble(), shells.scores().get(Integer.valueOf(cn)), 1e-9, where);
            }
            TreeSet<String> expected = new TreeSet<>();
            site.get("crystalnn_shell").forEach(n -> expected.add(key(n)));
            TreeSet<String> actual = new TreeSet<>();
            shells.shell().forEach(n -> actual.add(key(n.index(), n.image())));
            assertEquals(expected, actual, where);
            assertEquals(shells.shell().stream().map(n -> key(n.index(), n.image())).toList(),
                    CrystalNN.DEFAULT.neighbors(s, i).stream().map(n -> key(n.index(), n.image())).toList(), where);
        }
    }

    @Test
    void lithiumIronPhosphateIsOctahedralAroundFeAndLiAndTetrahedralAroundP() {
        Structure lfp = TestData.structure("pymatgen/LiFePO4_P1.cif");
        List<List<CoordinatedNeighbor>> all = NeighborStrategies.parse("CrystalNN").allNeighbors(lfp);
        Map<String, Integer> cn = new HashMap<>();
        for (int i = 0; i < lfp.numSites(); i++) {
            String el = lfp.site(i).majoritySpecies().symbol();
            int n = all.get(i).size();
            assertEquals(cn.getOrDefault(el, n), n, el + " site " + i);
            cn.put(el, n);
            if (!el.equals("O")) {
                // cations bond to oxygen only
                assertTrue(all.get(i).stream().allMatch(nb -> lfp.site(nb.index()).majoritySpecies().symbol().equals("O")));
            }
        }
        assertEquals(6, cn.get("Fe"));
        assertEquals(6, cn.get("Li"));
        assertEquals(4, cn.get("P"));
    }

    @Test
    void structuresPymatgenRefusesStillGetAnAnswer() {
        // Bk has no tabulated radius (pymatgen raises): the distance cut-off is skipped; dhcp metal
        Structure bk = TestData.structure("elements_cod/Bk.cif");
        for (int i = 0; i < bk.numSites(); i++) {
            assertEquals(12, CrystalNN.DEFAULT.coordinationNumber(bk, i));
        }
        // Na0.8CoO2: the Na sites have no majority species (pymatgen refuses the structure); CoO6 octahedra
        Structure naco = TestData.structure("dans_diffraction/Na0.8CoO2_P63mmc.cif");
        List<CrystalNN.Shells> all = CrystalNN.DEFAULT.allShells(naco);
        for (int i = 0; i < naco.numSites(); i++) {
            if (naco.site(i).speciesString().equals("Co")) {
                assertEquals(6, all.get(i).coordinationNumber());
            }
        }
    }

    @Test
    void registryNamesAndLookup() {
        assertTrue(NeighborStrategies.names().containsAll(List.of("CrystalNN", "Voronoi")));
        assertEquals(CrystalNN.DEFAULT, NeighborStrategies.parse("crystalnn"));
        assertEquals(VoronoiNN.DEFAULT, NeighborStrategies.parse(" Voronoi "));
        assertEquals("CrystalNN", CrystalNN.DEFAULT.name());
        assertEquals("Voronoi", VoronoiNN.DEFAULT.name());
    }

    @Test
    void oxidationStatesSwitchToIonicRadii() {
        // Na+ Cl- rock salt: ionic radii 1.16 + 1.67 Å (sum 2.83) against covalent 1.66 + 1.02 Å
        Species na = new Species(Element.of("Na"), 1);
        Species cl = new Species(Element.of("Cl"), -1);
        assertEquals(1.16, CrystalNNRadii.ionic(na), 1e-12);
        assertEquals(1.67, CrystalNNRadii.ionic(cl), 1e-12);
        assertEquals(0.0, CrystalNNRadii.ionic(Species.of(Element.of("Na"))));
        assertEquals(1.66, CrystalNNRadii.covalent(Element.of("Na")), 1e-12);
        // Fe 2.5+: halfway between the Fe2+ and Fe3+ radii
        assertEquals((0.92 + 0.785) / 2, CrystalNNRadii.ionic(new Species(Element.of("Fe"), 2.5)), 1e-12);
        List<Site> sites = new ArrayList<>();
        for (double[] f : new double[][] {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}}) {
            sites.add(Site.of(na, f));
            sites.add(Site.of(cl, new double[] {f[0] + 0.5, f[1], f[2]}));
        }
        Structure rocksalt = new Structure(Lattice.cubic(5.64), sites);
        for (int i = 0; i < sites.size(); i++) {
            assertEquals(6, CrystalNN.DEFAULT.coordinationNumber(rocksalt, i));
        }
    }

    @Test
    void withoutDistanceCutoffsTheGeometryAloneDecides() {
        CrystalNN geometric = new CrystalNN(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, false, 7);
        Structure bcc = new Structure(Lattice.cubic(2.87), List.of(Site.of(Element.of("Fe"), 0, 0, 0), Site.of(Element.of("Fe"), 0.5, 0.5, 0.5)));
        CrystalNN.Shells shells = geometric.shells(bcc, 0);
        assertEquals(14, shells.candidates().size());
        assertEquals(8, shells.coordinationNumber());
        assertEquals(1.0, shells.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new CrystalNN(0.5, 1, -1, true, 7));
    }
}
