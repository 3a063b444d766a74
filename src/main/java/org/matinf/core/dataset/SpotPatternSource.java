package org.matinf.core.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matinf.core.diffraction.electron.ReflectionSet;
import org.matinf.core.diffraction.electron.SpotPatternCalculator;
import org.matinf.core.diffraction.electron.SpotPatternRenderer;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Structure;

/**
 * Kinematic TEM spot patterns of one crystal for a dataset: {@link SpotPatternCalculator#standard()}
 * physics at the dataset's voltage (Ewald sphere, 10 nm Gaussian relrods, Peng factors, |g| ≤ 1.5 Å⁻¹),
 * drawn by a {@link SpotPatternRenderer} with |g| = 1.5 Å⁻¹ at 90 % of the half-width, spots of σ =
 * 1.5 px × size/128 (at least 0.8 px), √-scaled intensities, no direct beam. The reflections are
 * computed once; rendering is thread-safe. The pattern-centre jitter does not apply.
 */
public final class SpotPatternSource implements PatternSource {
    private final SpotPatternCalculator calculator;
    private final ReflectionSet reflections;
    private final SpotPatternRenderer renderer;

    /** A source for {@code structure} at the settings' size and voltage. */
    public SpotPatternSource(Structure structure, SourceSettings settings) {
        calculator = SpotPatternCalculator.builder().voltage(settings.voltage()).build();
        reflections = calculator.reflections(structure);
        double sigma = Math.max(0.8, 1.5 * settings.size() / 128.0);
        renderer = new SpotPatternRenderer(settings.size(), SpotPatternRenderer.pixelSizeToFit(calculator.gMax(), settings.size()),
                sigma, false, SpotPatternRenderer.Scale.SQRT);
    }

    @Override
    public GrayImage render(Orientation orientation, PatternJitter jitter) {
        return renderer.render(calculator.calculate(reflections, orientation));
    }

    @Override
    public int size() {
        return renderer.size();
    }

    @Override
    public String kind() {
        return DatasetSources.SPOT;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("voltage_kv", calculator.voltage());
        p.put("g_max_per_angstrom", calculator.gMax());
        p.put("excitation_error_max_per_angstrom", calculator.maxExcitationError());
        p.put("thickness_nm", calculator.thickness());
        p.put("relrod", calculator.relrod().toString().toLowerCase(java.util.Locale.ROOT));
        p.put("scattering", calculator.model().toString().toLowerCase(java.util.Locale.ROOT));
        p.put("pixel_per_nm", renderer.pixelSize());
        p.put("spot_sigma_px", renderer.sigma());
        p.put("scale", "sqrt");
        return p;
    }
}
