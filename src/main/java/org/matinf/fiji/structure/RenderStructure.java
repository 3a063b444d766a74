package org.matinf.fiji.structure;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import java.util.Locale;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.render.Camera;
import org.matinf.core.render.RgbImage;
import org.matinf.core.render.Scene;
import org.matinf.core.render.SoftwareRenderer;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.image.ResultImages;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * A ball-and-stick picture of a structure as an RGB image, or with {@code turntable=N} a stack of
 * N pictures turning once round the vertical axis (play it with Image>Stacks>Animation, save it
 * with File>Save As>AVI). Drawn by MatInf's own renderer, so it works headless.
 *
 * <p>Macro: {@code run("Render Structure", "file=[/path/LiFePO4.cif] width=600 height=600 supercell=1,1,1
 * rotation=-70,0,-20 projection=orthographic bonds=true polyhedra=[Fe,P] cell=true turntable=0");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Render Structure")
public class RenderStructure extends StructureViewCommand {
    /** Most slices of a turntable stack. */
    public static final int MAX_TURNTABLE = 720;

    @Parameter(label = "Width (pixels)", min = "1", max = "8192", persist = false)
    private int width = 600;

    @Parameter(label = "Height (pixels)", min = "1", max = "8192", persist = false)
    private int height = 600;

    @Parameter(label = "Turntable (slices)", min = "0", persist = false,
            description = "0: one picture; N > 0: a stack of N pictures, one every 360/N degrees about the vertical axis")
    private int turntable = 0;

    @Override
    protected void execute() {
        if (turntable < 0 || turntable > MAX_TURNTABLE) {
            throw new IllegalArgumentException("turntable must be from 0 to " + MAX_TURNTABLE + " slices, got " + turntable);
        }
        Structure s = readInput();
        Scene scene = scene(s);
        Camera camera = camera(scene, width, height);
        SoftwareRenderer renderer = SoftwareRenderer.standard();
        String title = inputPath().getFileName().toString().replaceFirst("\\.[^.]+$", "") + " view";
        if (turntable == 0) {
            ResultImages.show(new ImagePlus(title, processor(renderer.render(scene, camera))));
            return;
        }
        ProgressListener listener = progress();
        ImageStack stack = new ImageStack(width, height);
        for (int k = 0; k < turntable; k++) {
            double angle = 360.0 * k / turntable;
            stack.addSlice(String.format(Locale.ROOT, "%.1f°", angle), processor(renderer.render(scene, camera.turned(angle))));
            listener.progress(k + 1, turntable, "Turntable");
            listener.checkCancelled();
        }
        ImagePlus imp = new ImagePlus(title, stack);
        imp.getCalibration().fps = Math.min(30, Math.max(1, turntable / 6.0));
        ResultImages.show(imp);
    }

    private static ColorProcessor processor(RgbImage image) {
        return new ColorProcessor(image.width(), image.height(), image.argb());
    }
}
