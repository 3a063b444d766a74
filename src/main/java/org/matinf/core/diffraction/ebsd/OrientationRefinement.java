package org.matinf.core.diffraction.ebsd;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.matinf.core.orientation.Orientation;

/**
 * Refines an orientation by maximising the normalised cross-correlation (NCC) between a pattern
 * and the pattern simulated at full resolution, over a small rotation vector v (degrees) applied to
 * the starting orientation g₀: g(v) = g₀ ⊗ r(v), with r(v) the rotation by |v| about v. The search is
 * commons-math3's Nelder–Mead simplex from v = 0 with an initial simplex of {@code start} degrees
 * along each axis, stopped when the NCC changes by less than 1e-7 between iterations (at most
 * {@link #MAX_EVALUATIONS} simulations). Deterministic. Not thread-safe: one per thread.
 *
 * <p><b>Uncertainty.</b> At the optimum the NCC's curvature c_i = (2S₀ − S(+h e_i) − S(−h e_i)) / h²
 * along each axis (h = {@link #CURVATURE_STEP}°) and the residual 1 − S₀ give a least-squares
 * estimate: for unit vectors, |pattern − model|² = 2(1 − S) and the Hessian of 1 − S is the Gauss–Newton
 * matrix, so σ_i² ≈ 2(1 − S₀) / ((N − 3) c_i) for N pixels; the uncertainty is √(σ₁² + σ₂² + σ₃²), the
 * root-mean-square angular error. It assumes independent pixel noise and a correct model, so it is a
 * lower estimate for blurred or systematically different patterns.
 */
final class OrientationRefinement {
    /** Most pattern simulations of one Nelder–Mead search. */
    static final int MAX_EVALUATIONS = 400;
    /** Step of the curvature estimate, degrees. */
    static final double CURVATURE_STEP = 0.5;

    private final KikuchiPatternSimulator simulator;
    private final int pixels;
    private final float[] simulated;
    private final float[] model;

    OrientationRefinement(KikuchiPatternSimulator simulator) {
        this.simulator = simulator;
        this.pixels = simulator.detector().rows() * simulator.detector().cols();
        this.simulated = new float[pixels];
        this.model = new float[pixels];
    }

    /** The result of one refinement: orientation, NCC and uncertainty (degrees). */
    record Result(Orientation orientation, double score, double uncertainty) {
    }

    /**
     * Refines {@code start} against {@code pattern}, the full-resolution normalised vector
     * ({@link PatternVectors}, binning 1) of the experimental pattern.
     */
    Result refine(float[] pattern, Orientation start, double startDegrees) {
        MultivariateFunction ncc = v -> score(pattern, perturbed(start, v));
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-7, 1e-9));
        double[] best;
        double bestScore;
        try {
            PointValuePair p = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(ncc), GoalType.MAXIMIZE,
                    new InitialGuess(new double[3]), new NelderMeadSimplex(new double[] {startDegrees, startDegrees, startDegrees}));
            best = p.getPoint();
            bestScore = p.getValue();
        } catch (TooManyEvaluationsException ex) {
            best = new double[3]; // a search that does not settle keeps the start
            bestScore = ncc.value(best);
        }
        double startScore = ncc.value(new double[3]);
        if (startScore > bestScore) {
            best = new double[3];
            bestScore = startScore;
        }
        Orientation result = perturbed(start, best);
        return new Result(result, bestScore, uncertainty(pattern, result, bestScore));
    }

    /** The uncertainty estimate in degrees (see the class description); NaN where the NCC is not curved down. */
    private double uncertainty(float[] pattern, Orientation at, double s0) {
        double h = CURVATURE_STEP;
        double sum = 0;
        for (int axis = 0; axis < 3; axis++) {
            double[] v = new double[3];
            v[axis] = h;
            double plus = score(pattern, perturbed(at, v));
            v[axis] = -h;
            double minus = score(pattern, perturbed(at, v));
            double curvature = (2 * s0 - plus - minus) / (h * h);
            if (!(curvature > 0)) {
                return Double.NaN;
            }
            sum += 2 * Math.max(0, 1 - s0) / ((pixels - 3) * curvature);
        }
        return Math.sqrt(sum);
    }

    /** g₀ ⊗ r(v), v in degrees. */
    static Orientation perturbed(Orientation start, double[] v) {
        double angle = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return angle == 0 ? start : start.multiply(Orientation.fromAxisAngle(v, angle));
    }

    /** NCC of the pattern vector with the simulated pattern of {@code orientation}. */
    double score(float[] pattern, Orientation orientation) {
        simulator.simulate(orientation, simulated);
        EbsdDetector d = simulator.detector();
        PatternVectors.normalise(simulated, d.cols(), d.rows(), 1, model, 0);
        return PatternVectors.dot(model, 0, pattern, pixels);
    }
}
