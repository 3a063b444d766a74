package org.matinf.core.environment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Structure;

/**
 * CrystalNN (Zimmermann and Jain, RSC Adv. 2020, 10, 6063), with pymatgen's defaults: the
 * coordination shell most likely from weighted Voronoi neighbours.
 *
 * <p>Every face of the site's {@link VoronoiCell} (search radius {@code searchCutoff}) gives a
 * candidate neighbour, weighted by
 * <ol>
 * <li>its solid angle over the largest one;</li>
 * <li>with {@code porousAdjustment}, times solid angle / face area, which discounts the large but
 * distant faces of open and layered structures;</li>
 * <li>times 1 + {@code electronegativityWeight}·√(|ΔX|/3.3), ΔX the Pauling electronegativity
 * difference of the two atoms (factor 1 if either is unknown), favouring heteropolar bonds;</li>
 * </ol>
 * then scaled so that the largest weight is 1, and
 * <ol start="4">
 * <li>multiplied by a smooth distance factor: 1 up to the bond length d₀ + {@code softCutoff}, 0
 * from d₀ + {@code hardCutoff}, half a cosine period in between. d₀ is the sum of the two ionic radii
 * when both atoms carry oxidation states with known radii, else the sum of the covalent radii
 * (Cordero et al. 2008; atomic radius where none is tabulated). Where no radius is known at all
 * (Bk and heavier), the pair gets factor 1: pymatgen gives up there.</li>
 * </ol>
 * Weights are rounded to three decimals and zeros dropped. Each distinct weight w, taken as a
 * threshold, defines a shell (the candidates with weight ≥ w); its score is the area of the unit
 * quarter circle between w and the next lower weight (or 0), normalised to 1, and coordination 0
 * scores what is left. The coordination number is the best-scoring shell (the smaller on a tie).
 *
 * <p>Disordered sites count as their majority species (the largest occupancy, the first listed on
 * a tie). pymatgen's {@code get_cn} does the same when that occupancy exceeds ½ and refuses the
 * structure otherwise; MatInf still answers. Only the electronegativity and radii depend on species.
 *
 * @param softCutoff distance beyond d₀ up to which a bond keeps its full weight, Å (+∞: no distance
 *     cut-off)
 * @param hardCutoff distance beyond d₀ from which a bond has no weight, Å, ≥ softCutoff
 * @param electronegativityWeight weight of the electronegativity difference, ≥ 0 (0: none)
 * @param porousAdjustment whether to multiply the weights by solid angle / face area
 * @param searchCutoff search radius of the Voronoi tessellation, Å
 */
public record CrystalNN(double softCutoff, double hardCutoff, double electronegativityWeight, boolean porousAdjustment,
        double searchCutoff) implements NeighborStrategy {
    /** pymatgen's defaults: distance cut-offs (0.5, 1) Å, x_diff_weight 3, porous adjustment, search 7 Å. */
    public static final CrystalNN DEFAULT = new CrystalNN(0.5, 1.0, 3.0, true, 7.0);

    /** The largest electronegativity difference between two elements, which scales ΔX. */
    private static final double MAX_ELECTRONEGATIVITY_DIFFERENCE = 3.3;

    /** Checks the values. */
    public CrystalNN {
        if (!(softCutoff >= 0) || !(hardCutoff >= softCutoff) || !(electronegativityWeight >= 0)
                || Double.isInfinite(electronegativityWeight) || !(searchCutoff > 0) || Double.isInfinite(searchCutoff)) {
            throw new IllegalArgumentException("CrystalNN needs 0 ≤ soft cut-off ≤ hard cut-off, a finite electronegativity weight ≥ 0 "
                    + "and a positive search radius, got " + softCutoff + ", " + hardCutoff + ", " + electronegativityWeight
                    + ", " + searchCutoff);
        }
    }

    /**
     * The candidate shells of a site.
     *
     * @param candidates every neighbour with a non-zero CrystalNN weight (rounded to 0.001), heaviest
     *     first
     * @param scores score of each coordination number (summing to 1)
     * @param coordinationNumber the best-scoring coordination number
     */
    public record Shells(List<CoordinatedNeighbor> candidates, SortedMap<Integer, Double> scores, int coordinationNumber) {
        /** Read-only copies. */
        public Shells {
            candidates = List.copyOf(candidates);
            scores = Collections.unmodifiableSortedMap(new TreeMap<>(scores));
        }

        /** The chosen shell: the {@code coordinationNumber} heaviest candidates, nearest first. */
        public List<CoordinatedNeighbor> shell() {
            List<CoordinatedNeighbor> out = new ArrayList<>(candidates.subList(0, coordinationNumber));
            out.sort(VoronoiNN.NEAREST_FIRST);
            return out;
        }
    }

    @Override
    public String name() {
        return "CrystalNN";
    }

    /** The weighted candidates and scored shells of a site. */
    public Shells shells(Structure structure, int site) {
        return shells(structure, VoronoiCell.of(structure, site, searchCutoff));
    }

    /** The shells of every site, in site order. */
    public List<Shells> allShells(Structure structure) {
        return VoronoiCell.all(structure, searchCutoff).stream().map(c -> shells(structure, c)).toList();
    }

    /** The chosen shell; each neighbour's weight is its CrystalNN weight (rounded to 0.001). */
    @Override
    public List<CoordinatedNeighbor> neighbors(Structure structure, int site) {
        return shells(structure, site).shell();
    }

    @Override
    public List<List<CoordinatedNeighbor>> allNeighbors(Structure structure) {
        return allShells(structure).stream().map(Shells::shell).toList();
    }

    @Override
    public int coordinationNumber(Structure structure, int site) {
        return shells(structure, site).coordinationNumber();
    }

    private Shells shells(Structure s, VoronoiCell cell) {
        Species centre = s.site(cell.site()).majoritySpecies();
        double maxAngle = cell.maxSolidAngle();
        List<VoronoiFace> faces = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (VoronoiFace f : cell.faces()) {
            if (f.solidAngle() > 0) {
                double w = f.solidAngle() / maxAngle;
                if (porousAdjustment) {
                    w *= f.area() > 0 ? f.solidAngle() / f.area() : 0;
                }
                faces.add(f);
                weights.add(w * chemicalFactor(centre, s.site(f.index()).majoritySpecies()));
            }
        }
        double top = weights.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<CoordinatedNeighbor> candidates = new ArrayList<>();
        if (top > 0) {
            for (int k = 0; k < faces.size(); k++) {
                VoronoiFace f = faces.get(k);
                double w = round(weights.get(k) / top * distanceFactor(centre, s.site(f.index()).majoritySpecies(), f.distance()));
                if (w > 0) {
                    candidates.add(new CoordinatedNeighbor(f.index(), f.image(), f.distance(), w, f.position()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(CoordinatedNeighbor::weight).reversed().thenComparing(VoronoiNN.NEAREST_FIRST));
        return score(candidates);
    }

    /** 1 + weight·√(|ΔX| / 3.3), or 1 when an electronegativity is unknown. */
    private double chemicalFactor(Species a, Species b) {
        double difference = Math.abs(a.element().electronegativity() - b.element().electronegativity());
        if (electronegativityWeight == 0 || Double.isNaN(difference)) {
            return 1;
        }
        return 1 + electronegativityWeight * Math.sqrt(difference / MAX_ELECTRONEGATIVITY_DIFFERENCE);
    }

    /** The smooth distance cut-off factor for two atoms at {@code distance} Å. */
    private double distanceFactor(Species a, Species b, double distance) {
        double ra = CrystalNNRadii.ionic(a);
        double rb = CrystalNNRadii.ionic(b);
        double bond = ra > 0 && rb > 0 ? ra + rb : CrystalNNRadii.covalent(a.element()) + CrystalNNRadii.covalent(b.element());
        if (Double.isNaN(bond)) {
            return 1;
        }
        double soft = bond + softCutoff;
        double hard = bond + hardCutoff;
        if (distance <= soft) {
            return 1;
        }
        if (distance < hard) {
            return (Math.cos((distance - soft) / (hard - soft) * Math.PI) + 1) / 2;
        }
        return 0;
    }

    /** Rounds to three decimals, halves to even, as the exact binary value lies. */
    private static double round(double w) {
        return new BigDecimal(w).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Scores the shells cut at each distinct weight and picks the best. */
    private static Shells score(List<CoordinatedNeighbor> candidates) {
        List<Double> thresholds = new ArrayList<>();
        for (CoordinatedNeighbor c : candidates) {
            if (thresholds.isEmpty() || thresholds.get(thresholds.size() - 1) != c.weight()) {
                thresholds.add(c.weight());
            }
        }
        TreeMap<Integer, Double> scores = new TreeMap<>();
        int best = 0;
        double bestScore = -1;
        double total = 0;
        int count = 0;
        for (int t = 0; t < thresholds.size(); t++) {
            double w = thresholds.get(t);
            while (count < candidates.size() && candidates.get(count).weight() >= w) {
                count++;
            }
            double score = quarterCircle(w) - quarterCircle(t + 1 < thresholds.size() ? thresholds.get(t + 1) : 0);
            scores.put(count, score);
            total += score;
            if (score > bestScore) {
                bestScore = score;
                best = count;
            }
        }
        double none = 1 - total;
        if (none > 0) {
            scores.put(0, none);
            if (none > bestScore) {
                best = 0;
            }
        }
        return new Shells(candidates, scores, best);
    }

    /** Area under the unit circle from 0 to x, as a fraction of the quarter circle. */
    private static double quarterCircle(double x) {
        return (x * Math.sqrt(1 - x * x) + Math.asin(x)) / 2 / (Math.PI / 4);
    }
}
