package org.matinf.core.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * Kinematic EBSD Kikuchi patterns of one crystal for a dataset: the master pattern (default
 * reflectors, d ≥ 0.5 Å, 501 points per hemisphere side) is built once at the dataset's voltage;
 * each pattern is projected onto a square detector with the pattern centre (Bruker) {@code pc},
 * 70° sample tilt and no detector tilt, moved by the pattern's {@link PatternJitter} (x right,
 * y up, distance). Thread-safe.
 */
public final class KikuchiPatternSource implements PatternSource {
    /** Default pattern centre (Bruker PCx, PCy, PCz). */
    public static final double[] DEFAULT_PC = {0.5, 0.5, 0.5};

    private final KikuchiMasterPattern master;
    private final int size;
    private final double[] pc;
    private final KikuchiPatternSimulator fixed;

    /** A source for {@code structure} at the settings' size and voltage with the default pattern centre. */
    public KikuchiPatternSource(Structure structure, SourceSettings settings, ProgressListener progress) {
        this(KikuchiMasterPattern.builder(KikuchiReflectors.of(structure, settings.voltage())).progress(progress).build(),
                settings.size(), DEFAULT_PC);
    }

    /** A source projecting an existing master pattern with pattern centre {@code pc} (Bruker). */
    public KikuchiPatternSource(KikuchiMasterPattern master, int size, double[] pc) {
        this.master = master;
        this.size = size;
        this.pc = pc.clone();
        this.fixed = new KikuchiPatternSimulator(master, detector(PatternJitter.NONE));
    }

    private EbsdDetector detector(PatternJitter jitter) {
        return EbsdDetector.builder().size(size, size).pc(pc[0] + jitter.dx(), pc[1] - jitter.dy(), pc[2] + jitter.dz())
                .sampleTilt(70).detectorTilt(0).build();
    }

    @Override
    public GrayImage render(Orientation orientation, PatternJitter jitter) {
        KikuchiPatternSimulator simulator = jitter.isNone() ? fixed : new KikuchiPatternSimulator(master, detector(jitter));
        return simulator.simulate(orientation);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String kind() {
        return DatasetSources.EBSD;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("voltage_kv", master.reflectors().voltage());
        p.put("reflectors", master.reflectors().size());
        p.put("master_resolution", master.resolution());
        p.put("pcx", pc[0]);
        p.put("pcy", pc[1]);
        p.put("pcz", pc[2]);
        p.put("sample_tilt_deg", 70.0);
        p.put("detector_tilt_deg", 0.0);
        return p;
    }
}
