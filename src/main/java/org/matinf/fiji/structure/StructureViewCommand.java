package org.matinf.fiji.structure;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.core.render.Camera;
import org.matinf.core.render.ColorScheme;
import org.matinf.core.render.Projection;
import org.matinf.core.render.Scene;
import org.matinf.core.render.SceneBuilder;
import org.matinf.core.render.SceneOptions;
import org.matinf.core.structure.Structure;
import org.scijava.plugin.Parameter;

/**
 * The keys Render Structure and Export 3D View share: what the picture holds (supercell, bonds and
 * the neighbour method behind them, polyhedra, cell box, boundary atoms, colours) and the first
 * viewpoint (rotation, projection).
 */
public abstract class StructureViewCommand extends StructureFileCommand {
    /** The method key's value for MatInf's default bonding rule ({@link SceneOptions#defaultStrategy()}). */
    public static final String AUTO = "auto";

    @Parameter(label = "Supercell (na,nb,nc)", persist = false,
            description = "Cells drawn along a, b and c, e.g. 2,2,1")
    private String supercell = "1,1,1";

    @Parameter(label = "Rotation (x,y,z degrees)", persist = false,
            description = "Turns the structure about the screen's horizontal, vertical and viewing axes, in that order; "
                    + "0,0,0 looks down c with a to the right")
    private String rotation = "0,0,0";

    @Parameter(label = "Projection", choices = {"orthographic", "perspective"}, persist = false)
    private String projection = "orthographic";

    @Parameter(label = "Bonds", persist = false, description = "Draw bonds to the neighbours the method finds")
    private boolean bonds = true;

    @Parameter(label = "Method (neighbours)", persist = false,
            description = "Neighbour analysis for bonds and polyhedra: auto (CrystalNN) "
                    + "or a name such as Covalent, MinimumDistance or Voronoi")
    private String method = AUTO;

    @Parameter(label = "Polyhedra (elements)", persist = false, required = false,
            description = "Draw coordination polyhedra round these elements, e.g. Fe,P (empty: none)")
    private String polyhedra = "";

    @Parameter(label = "Cell (box)", persist = false, description = "Draw the edges of the (super)cell")
    private boolean cell = true;

    @Parameter(label = "Boundary atoms", persist = false,
            description = "Repeat atoms on cell faces, edges and corners on the opposite sides, as structure viewers do")
    private boolean boundary = true;

    @Parameter(label = "Colors", choices = {"Jmol", "VESTA"}, persist = false)
    private String colors = "Jmol";

    /** Reads the structure and builds its scene from the keys. */
    protected Scene scene(Structure s) {
        int[] n = IntegerParameters.parse(supercell, "supercell");
        if (n.length != 3) {
            throw new IllegalArgumentException("supercell needs three whole numbers na,nb,nc (e.g. 2,2,1), got '" + supercell + "'");
        }
        SceneOptions options = new SceneOptions(n, bonds, strategy(), elements(polyhedra), cell, boundary, ColorScheme.parse(colors));
        return SceneBuilder.build(s, options);
    }

    /** The first camera for a picture of the given size. */
    protected Camera camera(Scene scene, int width, int height) {
        return Camera.fit(scene, width, height, angles(rotation), Projection.parse(projection));
    }

    private NeighborStrategy strategy() {
        String m = method == null ? "" : method.strip();
        return m.isEmpty() || m.equalsIgnoreCase(AUTO) ? SceneOptions.defaultStrategy() : NeighborStrategies.parse(m);
    }

    /** The rotation key's three angles, degrees. */
    static double[] angles(String text) {
        String t = text == null ? "" : text.strip().replaceAll("^[\\[(]+|[\\])]+$", "").strip();
        String[] parts = t.isEmpty() ? new String[0] : t.split("[\\s,;]+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("rotation needs three angles x,y,z in degrees (e.g. 20,-30,0), got '" + text + "'");
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException ex) {
                out[i] = Double.NaN;
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException("rotation angles must be numbers (degrees); '" + parts[i] + "' in '" + text
                        + "' is not");
            }
        }
        return out;
    }

    /** The elements of the polyhedra key ("Fe,P", "[Fe P]", "" or "none" for none). */
    static Set<Element> elements(String text) {
        String t = text == null ? "" : text.strip().replaceAll("^[\\[(]+|[\\])]+$", "").strip();
        Set<Element> out = new LinkedHashSet<>();
        if (t.isEmpty() || t.toLowerCase(Locale.ROOT).equals("none")) {
            return out;
        }
        for (String symbol : t.split("[\\s,;]+")) {
            if (!PeriodicTable.isSymbol(symbol)) {
                throw new IllegalArgumentException("polyhedra: '" + symbol + "' is not an element symbol (write e.g. polyhedra=[Fe,P])");
            }
            out.add(PeriodicTable.bySymbol(symbol));
        }
        return out;
    }
}
