package org.matinf.fiji.pattern;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.pattern.RadialProfile;
import org.matinf.core.diffraction.pattern.RingFinder;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

/**
 * A pattern command that compares the rings of a pattern with a structure: {@code file=[...]}
 * (the structure), {@code tolerance} (%) and {@code beam_stop} (pixels). Rings are the peaks of
 * the radial profile (1-pixel bins) about the centre ({@link RingFinder}, 3 noise σ).
 */
public abstract class RingPatternCommand extends CentredPatternCommand {
    /** Noise σ a ring must stand above its surroundings in the radial profile. */
    static final double THRESHOLD = 3;

    @Parameter(label = "File (structure)", style = FileWidget.OPEN_STYLE, persist = false, required = false,
            description = "Structure of the specimen: .cif, .vasp/POSCAR, .xyz or .json")
    private File file;

    @Parameter(label = "Tolerance (%)", persist = false, min = "0", description = "Largest relative d mismatch of a ring in %")
    protected double tolerance = 2;

    @Parameter(label = "Beam_stop radius (pixels)", persist = false, min = "0",
            description = "Leave out the pixels closer to the centre than this")
    private double beam_stop = 0;

    /** The structure file's name. */
    protected String structureName() {
        return file == null ? "" : file.getName();
    }

    /** Reads the structure file. */
    protected Structure readStructure() {
        if (file == null || file.getPath().isBlank()) {
            throw new IllegalArgumentException("no structure file given (macro: file=[path])");
        }
        return StructureIO.read(Path.of(file.getPath()));
    }

    /** The ring radii (pixels) of a slice about a centre. */
    protected double[] ringRadii(GrayImage slice, double[] centre) {
        RadialProfile profile = RadialProfile.of(slice, centre[0], centre[1], 1, beam_stop, false);
        List<RingFinder.MeasuredRing> rings = RingFinder.find(profile, THRESHOLD);
        if (rings.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no rings found in the radial profile about the centre (%.2f, %.2f); check the centre "
                            + "(Find Pattern Centre) and the beam-stop radius", centre[0], centre[1]));
        }
        return RingFinder.radii(rings);
    }
}
