package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.diffraction.PowderProfileBuilder;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;

/**
 * From a ranking to a mixture (see {@link PhaseIdentifier} for the procedure): forms the pool of
 * distinct candidates, extends it by searching residuals, lets {@link MixtureSearch} choose and
 * refines each chosen phase's lattice scale and zero shift against the measurement less the other
 * phases (the zero shift of the phase with the largest share of the intensity is then imposed on
 * the others, since it belongs to the instrument). One instance per measurement.
 */
final class MixtureAnalysis {
    /** The mixture settings of a {@link PhaseIdentifier}. */
    record Settings(int mixtureCandidates, int residualCandidates, int maxPhases, double minRwpImprovement,
            double minWeightFraction, double duplicateSimilarity) {
    }

    /** Lines drawn for the mixture fit lose at most this fraction of their Lorentzian tails. */
    private static final double TAIL_TOLERANCE = 1e-2;
    /** Pairs of phases less similar than this (plain cosine) are not compared more closely. */
    private static final double PREFILTER = 0.5;

    private final MixtureSearch mixtures;
    private final LatticeShiftSearch search;
    private final double[] x;
    private final double[] y;
    private final List<Candidate> candidates;
    private final List<XrdPattern> sticks;
    private final Map<Candidate, XrdPattern> sticksOf = new IdentityHashMap<>();
    private final Settings settings;
    private final Map<MixtureSearch.Column, LatticeShiftSearch> searchAgainst = new IdentityHashMap<>();

    MixtureAnalysis(MixtureSearch mixtures, LatticeShiftSearch search, double[] x, double[] y,
            List<Candidate> candidates, List<XrdPattern> sticks, Settings settings) {
        this.mixtures = mixtures;
        this.search = search;
        this.x = x;
        this.y = y;
        this.candidates = candidates;
        this.sticks = sticks;
        this.settings = settings;
        for (int i = 0; i < candidates.size(); i++) {
            sticksOf.put(candidates.get(i), sticks.get(i));
        }
    }

    PhaseMixture mixture(List<PhaseMatch> ranking) {
        List<MixtureSearch.Column> pool = new ArrayList<>();
        addDistinct(pool, ranking, settings.mixtureCandidates());
        for (int k = 1; k < settings.maxPhases() && settings.residualCandidates() > 0; k++) {
            double[] residual = mixtures.residual(pool, k, settings.minWeightFraction());
            if (residual == null) {
                break;
            }
            addDistinct(pool, search.against(positive(residual)).rank(candidates, sticks),
                    pool.size() + settings.residualCandidates());
        }
        PhaseMixture chosen = mixtures.choose(pool, settings.maxPhases(), settings.minRwpImprovement(),
                settings.minWeightFraction());
        List<MixtureSearch.Column> members = members(chosen, pool);
        if (members.size() != chosen.size() || members.isEmpty()) {
            return chosen;
        }
        PhaseMixture best = chosen;
        int dominant = 0;
        for (int i = 1; i < members.size(); i++) {
            if (shareOf(best, members.get(i)).intensityShare() > shareOf(best, members.get(dominant)).intensityShare()) {
                dominant = i;
            }
        }
        best = tryReplacing(best, members, dominant, column(refined(best, members, dominant, search)));
        LatticeShiftSearch commonZero = search.withZeroShift(members.get(dominant).match().zeroShift());
        for (int i = 0; i < members.size(); i++) {
            if (i != dominant) {
                best = tryReplacing(best, members, i, column(refined(best, members, i, commonZero)));
            }
        }
        return new PhaseMixture(best.phases(), best.rwp(), best.smoothedRwp(), chosen.smoothedRwpByPhaseCount(),
                best.calculated());
    }

    /** The mixture with member i replaced by {@code column} if that lowers Rwp (members updated). */
    private PhaseMixture tryReplacing(PhaseMixture current, List<MixtureSearch.Column> members, int i,
            MixtureSearch.Column column) {
        for (int j = 0; j < members.size(); j++) {
            if (j != i && members.get(j).match().candidate() == column.match().candidate()) {
                return current;
            }
        }
        List<MixtureSearch.Column> trial = new ArrayList<>(members);
        trial.set(i, column);
        PhaseMixture m = mixtures.fitAll(trial, members.size() > 1 ? settings.minWeightFraction() : 0);
        if (m != null && m.smoothedRwp() < current.smoothedRwp()) {
            members.set(i, column);
            return m;
        }
        return current;
    }

    /** Member i matched again (by {@code how}) against the measurement less the fitted lines of the others. */
    private PhaseMatch refined(PhaseMixture current, List<MixtureSearch.Column> members, int i,
            LatticeShiftSearch how) {
        double[] target = y.clone();
        for (int j = 0; j < members.size(); j++) {
            if (j == i) {
                continue;
            }
            MixtureSearch.Column c = members.get(j);
            double scale = shareOf(current, c).scaleFactor() * c.absoluteFactor();
            double[] profile = c.profile();
            for (int p = 0; p < target.length; p++) {
                target[p] -= scale * profile[p];
            }
        }
        Candidate candidate = members.get(i).match().candidate();
        return how.against(positive(target)).match(candidate, sticksOf.get(candidate));
    }

    private static PhaseShare shareOf(PhaseMixture mixture, MixtureSearch.Column column) {
        for (PhaseShare s : mixture.phases()) {
            if (s.match() == column.match()) {
                return s;
            }
        }
        throw new IllegalStateException("phase not in the mixture: " + column.match());
    }

    private static List<MixtureSearch.Column> members(PhaseMixture mixture, List<MixtureSearch.Column> pool) {
        List<MixtureSearch.Column> members = new ArrayList<>();
        for (PhaseShare share : mixture.phases()) {
            pool.stream().filter(c -> c.match() == share.match()).findFirst().ifPresent(members::add);
        }
        return members;
    }

    private ProfileCorrelation positive(double[] values) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, v[i]);
        }
        return search.correlation().withData(v);
    }

    /** Adds matches in order, skipping near-duplicates of pool members, until the pool has {@code size}. */
    private void addDistinct(List<MixtureSearch.Column> pool, List<PhaseMatch> ordered, int size) {
        for (int n = 0; n < ordered.size() && pool.size() < size; n++) {
            PhaseMatch m = ordered.get(n);
            if (m.linesInRange() == 0 || !(m.figureOfMerit() > 0)) {
                continue;
            }
            MixtureSearch.Column column = column(m);
            boolean duplicate = false;
            for (MixtureSearch.Column c : pool) {
                if (c.match().candidate() == m.candidate() || similar(c, column)) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                pool.add(column);
            }
        }
    }

    /**
     * True if the two drawn phases are near-duplicates: their plain cosine similarity, or (when that is
     * above {@value #PREFILTER}) the figure of merit of one's sticks against the other's profile over
     * the lattice scales searched (at the zero shift of the first), exceeds the duplicate similarity.
     * Isostructural phases whose cells differ by less than the lattice tolerance are near-duplicates this way.
     */
    private boolean similar(MixtureSearch.Column member, MixtureSearch.Column other) {
        double plain = cosine(member.profile(), other.profile());
        if (plain > settings.duplicateSimilarity()) {
            return true;
        }
        if (plain < PREFILTER) {
            return false;
        }
        LatticeShiftSearch against = searchAgainst.computeIfAbsent(member, c -> search
                .withZeroShift(c.match().zeroShift()).against(search.correlation().withData(c.profile())));
        Candidate candidate = other.match().candidate();
        return against.best(sticksOf.get(candidate)).cosine() > settings.duplicateSimilarity();
    }

    /** The match's sticks drawn on the grid, divided by f = strongest absolute intensity / 100. */
    private MixtureSearch.Column column(PhaseMatch m) {
        double strongest = 0;
        for (XrdPeak p : m.sticks().peaks()) {
            strongest = Math.max(strongest, p.intensity());
        }
        double f = strongest / 100;
        List<XrdPeak> scaled = new ArrayList<>();
        for (XrdPeak p : m.sticks().peaks()) {
            scaled.add(p.withIntensity(p.intensity() / f));
        }
        PowderProfileBuilder builder = new PowderProfileBuilder().grid(x)
                .profile(search.correlation().widths().profileModel()).zeroShift(m.zeroShift())
                .tailTolerance(TAIL_TOLERANCE).name(m.name());
        if (search.hasKAlpha2()) {
            builder.kAlpha2(search.kAlpha2Wavelength(), search.kAlpha2Ratio());
        }
        double[] profile = builder.build(new XrdPattern(m.sticks().wavelength(), scaled)).intensity();
        return new MixtureSearch.Column(m, profile, f);
    }

    /** Cosine similarity of two profiles on one grid (0 if either is zero). */
    static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
    }
}
