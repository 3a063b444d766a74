package org.matinf.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Writes pymatgen's {@code Structure.as_dict()} layout, readable by {@code Structure.from_dict}:
 * {@code @module}, {@code @class}, {@code charge} (null: pymatgen then sums the oxidation states),
 * {@code lattice} (matrix, pbc, a, b, c, alpha, beta, gamma, volume) and {@code sites} (species with
 * element, occu and oxidation_state when known; abc; xyz; label when set; properties). A molecule
 * (non-periodic structure) is written the same way with {@code pbc} false, so its box is kept.
 * Biso and the site charge are not part of the layout and are not written.
 */
final class PymatgenJsonWriter implements StructureWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String write(Structure s) {
        ObjectNode root = NODES.objectNode();
        root.put("@module", "pymatgen.core.structure");
        root.put("@class", "Structure");
        root.putNull("charge");
        root.set("lattice", lattice(s.lattice(), s.isPeriodic()));
        ArrayNode sites = root.putArray("sites");
        for (Site site : s.sites()) {
            sites.add(site(site, s.lattice()));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ObjectNode lattice(Lattice l, boolean periodic) {
        ObjectNode o = NODES.objectNode();
        ArrayNode matrix = o.putArray("matrix");
        for (double[] row : l.matrix()) {
            matrix.add(vector(row));
        }
        ArrayNode pbc = o.putArray("pbc");
        for (int k = 0; k < 3; k++) {
            pbc.add(periodic);
        }
        o.put("a", l.a());
        o.put("b", l.b());
        o.put("c", l.c());
        o.put("alpha", l.alpha());
        o.put("beta", l.beta());
        o.put("gamma", l.gamma());
        o.put("volume", l.volume());
        return o;
    }

    private static ObjectNode site(Site site, Lattice l) {
        ObjectNode o = NODES.objectNode();
        ArrayNode species = o.putArray("species");
        for (Map.Entry<Species, Double> e : site.species().entrySet()) {
            ObjectNode sp = species.addObject();
            sp.put("element", e.getKey().symbol());
            if (e.getKey().hasOxidationState()) {
                sp.put("oxidation_state", e.getKey().oxidationState());
            }
            sp.put("occu", e.getValue());
        }
        o.set("abc", vector(site.frac()));
        o.set("xyz", vector(l.toCartesian(site.frac())));
        if (site.label() != null) {
            o.put("label", site.label());
        }
        ObjectNode props = o.putObject("properties");
        for (Map.Entry<String, Object> e : site.properties().entrySet()) {
            props.set(e.getKey(), JsonValues.toJson(e.getValue()));
        }
        return o;
    }

    private static ArrayNode vector(double[] v) {
        ArrayNode a = NODES.arrayNode();
        for (double x : v) {
            a.add(x);
        }
        return a;
    }
}
