package org.matinf.core.optimize.campaign;

import org.matinf.core.optimize.bo.Acquisition;
import org.matinf.core.optimize.bo.BatchMethod;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.Proposer;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;

/**
 * How a campaign proposes (stored in the campaign file; a later Propose may change them).
 *
 * @param acquisition EI, PI, UCB/LCB or TS
 * @param xi ξ of EI and PI, in target units
 * @param kappa κ of the confidence bound
 * @param batch believer or penalization
 * @param kernel a kernel name as Fit Gaussian Process takes it (e.g. {@code Matern52+White})
 * @param restarts further random starts of the hyperparameter optimisation
 * @param seed the base seed (round r uses seed + r)
 */
public record CampaignSettings(String acquisition, double xi, double kappa, String batch, String kernel, int restarts, long seed) {
    /** Defaults: EI (ξ 0.01), κ 2, Kriging believer, Matérn 5/2 (add {@code +White} for noisy measurements), 2 restarts, seed 0. */
    public static final CampaignSettings DEFAULT = new CampaignSettings("EI", Acquisition.DEFAULT_XI, Acquisition.DEFAULT_KAPPA,
            "believer", "Matern52", 2, 0);

    /** Checks every value (so a bad setting fails before anything is written). */
    public CampaignSettings {
        Acquisition.parseKind(acquisition);
        new Acquisition(Acquisition.Kind.EI, xi, kappa);
        BatchMethod.parse(batch);
        Kernels.parse(kernel, 1, false);
        if (restarts < 0) {
            throw new IllegalArgumentException("restarts must be ≥ 0, got " + restarts);
        }
    }

    /**
     * The proposer's settings for a round.
     *
     * @param width the encoded width
     * @param ard one length scale per encoded column (search spaces: few columns of different meaning),
     *     or one for all (candidate pools: many standardised descriptors)
     */
    Proposer.Settings proposer(Goal goal, int width, boolean ard, int round) {
        return new Proposer.Settings(goal, new Acquisition(Acquisition.parseKind(acquisition), xi, kappa), BatchMethod.parse(batch),
                gp(width, ard), seed + round);
    }

    /** The Gaussian process settings (noise α 10⁻⁶ on the standardised target). */
    GpSettings gp(int width, boolean ard) {
        return new GpSettings(Kernels.parse(kernel, width, ard && kernelAllowsArd()), 1e-6, true, true, restarts, seed);
    }

    private boolean kernelAllowsArd() {
        String k = kernel.toLowerCase(java.util.Locale.ROOT);
        return k.startsWith("rbf") || k.startsWith("matern");
    }
}
