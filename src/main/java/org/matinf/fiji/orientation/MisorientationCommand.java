package org.matinf.fiji.orientation;

import ij.measure.ResultsTable;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The disorientation between two crystals of one phase given by their Bunge Euler angles (degrees):
 * the smallest rotation, over the Laue class's symmetry on both sides and the exchange of the two
 * crystals, from crystal A to crystal B ({@link Misorientation#disorientation}). Adds one row to the
 * Results table: symmetry, angle (°), the unit axis u, v, w in crystal coordinates (Cartesian crystal
 * frame; in the standard triangle) and the disorientation as Bunge angles phi1, Phi, phi2.
 *
 * <p>Macro keys are the field names in lower case, since ImageJ lower-cases keys ({@code phi_a} is Φ
 * of crystal A): {@code run("Misorientation", "phi1_a=0 phi_a=0 phi2_a=0 phi1_b=45 phi_b=54.7356 phi2_b=45 symmetry=m-3m");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Misorientation")
public class MisorientationCommand extends MatInfCommand {
    /** Columns added to the Results table, in order. */
    public static final String[] COLUMNS = {"symmetry", "angle", "u", "v", "w", "phi1", "Phi", "phi2"};

    // field names are the macro keys; ImageJ looks keys up lower-cased, so Φ is written phi_a / phi_b.
    // Labels start with the key so that ImageJ's recorder writes the same keys.
    @Parameter(label = "phi1_a: crystal A φ1 (°)", persist = false)
    private double phi1_a;

    @Parameter(label = "phi_a: crystal A Φ (°)", persist = false)
    private double phi_a;

    @Parameter(label = "phi2_a: crystal A φ2 (°)", persist = false)
    private double phi2_a;

    @Parameter(label = "phi1_b: crystal B φ1 (°)", persist = false)
    private double phi1_b;

    @Parameter(label = "phi_b: crystal B Φ (°)", persist = false)
    private double phi_b;

    @Parameter(label = "phi2_b: crystal B φ2 (°)", persist = false)
    private double phi2_b;

    @Parameter(label = "Symmetry (Laue class)", persist = false, choices = {"m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"},
            description = "Laue class of the phase; hexagonal and trigonal crystals with a along x, c along z")
    private String symmetry = "m-3m";

    @Override
    protected void execute() {
        LaueGroup group = OrientationChoices.laueGroup(symmetry);
        Orientation a = Orientation.fromBunge(phi1_a, phi_a, phi2_a);
        Orientation b = Orientation.fromBunge(phi1_b, phi_b, phi2_b);
        Misorientation d = Misorientation.disorientation(a, b, group);
        ResultsTable rt = ResultsTable.getResultsTable();
        addRow(rt, group, d);
        rt.show("Results");
    }

    /** Adds the row of one disorientation (see {@link #COLUMNS}). */
    static void addRow(ResultsTable rt, LaueGroup group, Misorientation d) {
        double[] axis = d.axis();
        double[] euler = d.bunge();
        rt.incrementCounter();
        rt.addValue("symmetry", group.symbol());
        rt.addValue("angle", d.angle());
        rt.addValue("u", axis[0]);
        rt.addValue("v", axis[1]);
        rt.addValue("w", axis[2]);
        rt.addValue("phi1", euler[0]);
        rt.addValue("Phi", euler[1]);
        rt.addValue("phi2", euler[2]);
        OrientationChoices.decimals(rt, 4, "angle", "u", "v", "w", "phi1", "Phi", "phi2");
    }
}
