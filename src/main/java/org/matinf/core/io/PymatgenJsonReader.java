package org.matinf.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/**
 * Reads pymatgen's JSON: {@code Structure.as_dict()} (also {@code TransformedStructure}, whose
 * top level has the same {@code lattice} and {@code sites}) and {@code Molecule.as_dict()} (sites
 * with {@code xyz} only and no lattice; the molecule is boxed as {@link MoleculeBox} describes).
 * Wrappers are unpacked: an object with a {@code structure} member (Materials Project documents;
 * {@code material_id} becomes the title), and arrays or {@code data}/{@code response} arrays of such
 * objects, giving several structures.
 *
 * <p>Per site: {@code species} [{@code element}, {@code occu}, optional {@code oxidation_state}],
 * {@code abc} (fractional; else {@code xyz} Cartesian is converted), {@code label} (or the molecule's
 * {@code name}) and {@code properties}. {@code selective_dynamics} becomes {@code boolean[3]}; null
 * properties are dropped; other properties are kept as Integer/Long/Double/Boolean/String, lists and maps. The lattice is
 * {@code matrix} (or a, b, c, alpha, beta, gamma); {@code pbc} all false makes the structure
 * non-periodic. Syntax errors name Jackson's line and column; content errors name the JSON path.
 */
final class PymatgenJsonReader implements StructureReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Occupancies may add up to at most 1 plus this (rounding in the file). */
    private static final double OCCUPANCY_TOLERANCE = 1e-6;

    @Override
    public List<Structure> read(String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            JsonLocation at = ex.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            String col = at == null || at.getColumnNr() <= 0 ? "" : " (column " + at.getColumnNr() + ")";
            throw new StructureException(source, line, "not valid JSON" + col + ": " + ex.getOriginalMessage(), ex);
        }
        if (root == null || root.isMissingNode()) {
            throw new StructureException(source, 0, "the file holds no JSON value");
        }
        List<Structure> out = new ArrayList<>();
        collect(root, "$", "", out, source);
        return out;
    }

    private static void collect(JsonNode node, String path, String title, List<Structure> out, String source) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", title, out, source);
            }
        } else if (node.isObject() && node.has("sites")) {
            out.add(new Parse(source).structure(node, path, title));
        } else if (node.isObject() && node.has("structure")) {
            JsonNode id = node.get("material_id");
            collect(node.get("structure"), path + ".structure", id != null && id.isValueNode() ? id.asText() : title,
                    out, source);
        } else if (node.isObject() && (node.has("data") || node.has("response"))) {
            String key = node.has("data") ? "data" : "response";
            collect(node.get(key), path + "." + key, title, out, source);
        } else {
            throw new StructureException(source, 0, path + ": expected a pymatgen Structure or Molecule "
                    + "(an object with \"sites\"), or an object with \"structure\"");
        }
    }

    /** Reading of one structure object; errors name the JSON path. */
    private static final class Parse {
        private final String source;

        Parse(String source) {
            this.source = source;
        }

        private StructureException error(String path, String problem) {
            return new StructureException(source, 0, path + ": " + problem);
        }

        Structure structure(JsonNode node, String path, String title) {
            JsonNode sitesNode = node.get("sites");
            if (!sitesNode.isArray() || sitesNode.isEmpty()) {
                throw error(path + ".sites", "expected a non-empty list of sites");
            }
            JsonNode latNode = node.get("lattice");
            Lattice lattice = latNode == null || latNode.isNull() ? null : lattice(latNode, path + ".lattice");
            List<Site> sites = new ArrayList<>(sitesNode.size());
            for (int i = 0; i < sitesNode.size(); i++) {
                sites.add(site(sitesNode.get(i), path + ".sites[" + i + "]", lattice));
            }
            try {
                if (lattice == null) {
                    return MoleculeBox.box(sites, title);
                }
                return new Structure(lattice, sites, periodic(latNode.get("pbc"), path), title);
            } catch (IllegalArgumentException ex) {
                throw error(path, "cannot build the structure: " + ex.getMessage());
            }
        }

        private boolean periodic(JsonNode pbc, String path) {
            if (pbc == null || pbc.isNull()) {
                return true;
            }
            if (pbc.isBoolean()) {
                return pbc.booleanValue();
            }
            if (!pbc.isArray() || pbc.size() != 3) {
                throw error(path + ".lattice.pbc", "expected three true/false values");
            }
            boolean any = false;
            for (JsonNode b : pbc) {
                if (!b.isBoolean()) {
                    throw error(path + ".lattice.pbc", "expected three true/false values");
                }
                any |= b.booleanValue();
            }
            return any;
        }

        private Lattice lattice(JsonNode node, String path) {
            if (!node.isObject()) {
                throw error(path, "expected an object with \"matrix\"");
            }
            try {
                JsonNode m = node.get("matrix");
                if (m != null) {
                    if (!m.isArray() || m.size() != 3) {
                        throw error(path + ".matrix", "expected three rows of three numbers");
                    }
                    double[][] rows = new double[3][];
                    for (int i = 0; i < 3; i++) {
                        rows[i] = vector(m.get(i), path + ".matrix[" + i + "]");
                    }
                    return new Lattice(rows);
                }
                String[] keys = {"a", "b", "c", "alpha", "beta", "gamma"};
                double[] p = new double[6];
                for (int i = 0; i < 6; i++) {
                    p[i] = number(node.get(keys[i]), path + "." + keys[i]);
                }
                return Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
            } catch (IllegalArgumentException ex) {
                throw error(path, ex.getMessage());
            }
        }

        private Site site(JsonNode node, String path, Lattice lattice) {
            if (!node.isObject()) {
                throw error(path, "expected a site object");
            }
            Map<Species, Double> species = species(node.get("species"), path + ".species");
            double[] frac;
            JsonNode abc = node.get("abc");
            if (lattice != null && abc != null) {
                frac = vector(abc, path + ".abc");
            } else {
                double[] xyz = vector(node.get("xyz"), path + ".xyz");
                frac = lattice == null ? xyz : lattice.toFractional(xyz);
            }
            JsonNode labelNode = node.has("label") ? node.get("label") : node.get("name");
            String label = labelNode == null || labelNode.isNull() ? null : labelNode.asText();
            Map<String, Object> props = properties(node.get("properties"), path + ".properties");
            try {
                return new Site(species, frac, label, Double.NaN, Double.NaN, props);
            } catch (IllegalArgumentException ex) {
                throw error(path, ex.getMessage());
            }
        }

        private Map<Species, Double> species(JsonNode list, String path) {
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw error(path, "expected a non-empty list of {\"element\", \"occu\"}");
            }
            Map<Species, Double> out = new LinkedHashMap<>();
            double total = 0;
            for (int i = 0; i < list.size(); i++) {
                JsonNode sp = list.get(i);
                String p = path + "[" + i + "]";
                JsonNode el = sp.get("element");
                if (el == null || !el.isTextual()) {
                    throw error(p, "expected \"element\" with an element symbol");
                }
                Species s = ElementSymbols.species(el.textValue());
                if (s == null) {
                    throw error(p + ".element", "unknown element '" + LineCursor.abbreviate(el.textValue()) + "'");
                }
                JsonNode ox = sp.get("oxidation_state");
                if (ox != null && !ox.isNull()) {
                    s = new Species(s.element(), number(ox, p + ".oxidation_state"));
                }
                double occu = number(sp.get("occu"), p + ".occu");
                if (occu < 0) {
                    throw error(p + ".occu", "occupancy must not be negative: " + occu);
                }
                total += occu;
                out.merge(s, occu, Double::sum);
            }
            if (!(total > 0) || total > 1 + OCCUPANCY_TOLERANCE) {
                throw error(path, "occupancies add up to " + total + "; they must be above 0 and at most 1");
            }
            return out;
        }

        private Map<String, Object> properties(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw error(path, "expected an object");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Object v = JsonValues.toJava(e.getValue());
                if (v == null) {
                    continue; // pymatgen writes null for a property that other sites have and this one lacks
                }
                if (e.getKey().equals(Site.SELECTIVE_DYNAMICS)) {
                    boolean[] flags = SelectiveDynamics.parse(v);
                    if (flags == null) {
                        throw error(path + "." + Site.SELECTIVE_DYNAMICS, "expected three true/false values");
                    }
                    v = flags;
                }
                out.put(e.getKey(), v);
            }
            return out;
        }

        private double[] vector(JsonNode node, String path) {
            if (node == null || !node.isArray() || node.size() != 3) {
                throw error(path, "expected three numbers");
            }
            return new double[] {number(node.get(0), path + "[0]"), number(node.get(1), path + "[1]"),
                number(node.get(2), path + "[2]")};
        }

        private double number(JsonNode node, String path) {
            if (node == null || !node.isNumber()) {
                throw error(path, node == null ? "missing number" : "expected a number, found " + node.getNodeType());
            }
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw error(path, "number out of range");
            }
            return v;
        }
    }
}
