package org.matinf.core.environment;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.matinf.core.BundledData;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;

/**
 * The radii behind CrystalNN's distance cut-offs, from the bundled {@code crystalnn_radii.csv}
 * (Cordero covalent radii and ionic radii as tabulated in pymatgen): an ion's radius from its
 * oxidation state, else a covalent radius.
 */
final class CrystalNNRadii {
    private record Row(double covalent, TreeMap<Integer, Double> ionic, double cationic, double anionic) {
    }

    private static final Map<String, Row> BY_SYMBOL = load();

    private CrystalNNRadii() {
    }

    private static Map<String, Row> load() {
        Map<String, Row> out = new HashMap<>();
        for (String[] f : BundledData.csvRows(CrystalNNRadii.class, "crystalnn_radii.csv")) {
            TreeMap<Integer, Double> ionic = new TreeMap<>();
            for (String pair : f[2].split(" ")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split(":");
                    ionic.put(Integer.parseInt(kv[0]), Double.parseDouble(kv[1]));
                }
            }
            out.put(f[0], new Row(f[1].isEmpty() ? Double.NaN : Double.parseDouble(f[1]), ionic,
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return out;
    }

    /**
     * The radius of an ion of known oxidation state: the tabulated ionic radius, interpolated
     * between the neighbouring integer states for a fractional one, else the element's mean cation
     * or anion radius; the covalent radius for oxidation state 0; 0 when the species carries no
     * oxidation state or nothing fits.
     */
    static double ionic(Species species) {
        if (!species.hasOxidationState()) {
            return 0;
        }
        double oxi = species.oxidationState();
        if (oxi == 0) {
            return covalent(species.element());
        }
        Row row = BY_SYMBOL.get(species.symbol());
        if (row == null) {
            return 0;
        }
        int low = (int) Math.floor(oxi);
        int high = (int) Math.ceil(oxi);
        if (low == high && row.ionic().containsKey(low)) {
            return row.ionic().get(low);
        }
        if (row.ionic().containsKey(low) && row.ionic().containsKey(high)) {
            double x = oxi - low;
            return (1 - x) * row.ionic().get(low) + x * row.ionic().get(high);
        }
        if (oxi > 0 && row.cationic() > 0) {
            return row.cationic();
        }
        if (oxi < 0 && row.anionic() > 0) {
            return row.anionic();
        }
        return 0;
    }

    /** The covalent radius (Cordero et al. 2008), else the element's atomic radius. */
    static double covalent(Element element) {
        Row row = BY_SYMBOL.get(element.symbol());
        return row != null && !Double.isNaN(row.covalent()) ? row.covalent() : element.atomicRadius();
    }
}
