package org.matinf.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.matinf.core.element.Element;
import org.matinf.core.io.StructureIO;
import org.matinf.core.render.Camera;
import org.matinf.core.render.Projection;
import org.matinf.core.render.Scene;
import org.matinf.core.render.SceneBuilder;
import org.matinf.core.render.SceneOptions;
import org.matinf.core.render.SoftwareRenderer;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the software renderer: building scenes and drawing 600 × 500 pictures (2 × 2
 * supersampling) of LiFePO4 with polyhedra and of a 4 × 4 × 4 rock-salt supercell. Prints
 * "case,seconds" lines (median after warm-up). pymatgen has no headless renderer to compare with
 * (its StructureVis needs VTK and a display), so there is no ratio. Not a test.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) {
        Structure lfp = StructureIO.read(java.nio.file.Path.of(args.length > 0 ? args[0] : "../shared/data/structures",
                "pymatgen/LiFePO4.vasp"));
        SceneOptions polyhedra = SceneOptions.defaults().withPolyhedra(Set.of(Element.of("Fe"), Element.of("P")));
        Scene lfpScene = SceneBuilder.build(lfp, polyhedra);
        report("scene_LiFePO4_polyhedra", time(5, 15, () -> SceneBuilder.build(lfp, polyhedra).balls().size()));
        for (Projection p : Projection.values()) {
            Camera c = Camera.fit(lfpScene, 600, 500, new double[] {-80, 10, 0}, p);
            report("render_LiFePO4_600x500_" + p.key(), time(3, 9, () -> SoftwareRenderer.standard().render(lfpScene, c).width()));
        }
        Structure nacl = StructureIO.read(java.nio.file.Path.of(args.length > 0 ? args[0] : "../shared/data/structures",
                "pymatgen/NaCl_rocksalt.vasp"));
        Scene big = SceneBuilder.build(nacl, SceneOptions.defaults().withSupercell(4, 4, 4));
        Camera c = Camera.fit(big, 600, 500, new double[] {-20, 30, 0}, Projection.ORTHOGRAPHIC);
        report("render_NaCl_444_" + big.balls().size() + "_atoms_600x500", time(3, 9,
                () -> SoftwareRenderer.standard().render(big, c).width()));
    }

    private static double time(int warmup, int runs, Supplier<Object> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static void report(String name, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%s,%.4f", name, seconds));
    }
}
