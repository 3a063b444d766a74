package org.matinf.core.materialsproject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/**
 * Reads the summary documents of the API ({@code material_id}, {@code formula_pretty}, {@code elements},
 * {@code nsites}, {@code band_gap}, {@code energy_above_hull}, {@code formation_energy_per_atom},
 * {@code symmetry.number/symbol}, {@code structure} as pymatgen's {@code Structure.as_dict()}) into
 * {@link MpMaterial}s. Fields that were not asked for are simply absent.
 */
final class SummaryDocuments {
    private SummaryDocuments() {
    }

    /**
     * The materials of an answer.
     *
     * @throws MpException (BAD_ANSWER) for a document without a material id or with a structure that
     *     cannot be read, naming the document
     */
    static List<MpMaterial> materials(MpAnswer answer, MpSource source) {
        List<MpMaterial> out = new ArrayList<>(answer.documents().size());
        for (int i = 0; i < answer.documents().size(); i++) {
            out.add(material(answer.documents().get(i), i, source));
        }
        return out;
    }

    static MpMaterial material(JsonNode doc, int index, MpSource source) {
        JsonNode idNode = doc == null ? null : doc.get("material_id");
        if (idNode == null || !idNode.isTextual() || idNode.textValue().isBlank()) {
            throw new MpException(MpException.Kind.BAD_ANSWER, "document " + (index + 1)
                    + " of the answer has no material_id");
        }
        String id = idNode.textValue();
        String formula = text(doc.get("formula_pretty"));
        TreeSet<String> elements = new TreeSet<>();
        JsonNode els = doc.get("elements");
        if (els != null && els.isArray()) {
            els.forEach(e -> elements.add(e.asText()));
        }
        JsonNode sym = doc.get("symmetry");
        int sg = sym != null && sym.has("number") ? sym.get("number").asInt(0) : 0;
        String symbol = sym != null ? text(sym.get("symbol")) : "";
        Structure structure = null;
        JsonNode s = doc.get("structure");
        if (s != null && !s.isNull()) {
            String where = "Materials Project document " + id;
            try {
                structure = StructureIO.read(s.toString(), where, StructureFormat.JSON).withTitle(id);
            } catch (StructureException ex) {
                throw new MpException(MpException.Kind.BAD_ANSWER, "the structure of " + id + " cannot be read: "
                        + ex.getMessage(), ex);
            }
            if (formula.isEmpty()) {
                formula = structure.reducedFormula();
            }
            if (elements.isEmpty()) {
                structure.composition().elements().forEach(e -> elements.add(e.symbol()));
            }
        }
        int sites = doc.has("nsites") ? doc.get("nsites").asInt(0) : structure == null ? 0 : structure.numSites();
        return new MpMaterial(id, formula, List.copyOf(elements), sites, number(doc.get("band_gap")),
                number(doc.get("energy_above_hull")), number(doc.get("formation_energy_per_atom")), sg, symbol,
                structure, source);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static double number(JsonNode n) {
        return n != null && n.isNumber() ? n.doubleValue() : Double.NaN;
    }
}
