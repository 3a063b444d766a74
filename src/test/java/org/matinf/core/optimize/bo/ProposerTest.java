package org.matinf.core.optimize.bo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matinf.core.optimize.bo.SearchSpaceTest.assertMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;

class ProposerTest {
    private static Proposer.Settings settings(Goal goal, String acquisition, BatchMethod batch, int width, long seed) {
        return new Proposer.Settings(goal, Acquisition.of(Acquisition.parseKind(acquisition)), batch,
                new GpSettings(Kernels.parse("Matern52", width, false), 1e-6, true, true, 1, 0), seed);
    }

    /** Branin–Hoo on [−5, 10] × [0, 15]; minimum 0.397887 at three points. */
    private static double branin(double[] p) {
        double x = p[0];
        double y = p[1];
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        return Math.pow(y - b * x * x + c * x - 6, 2) + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x) + 10;
    }

    /** Runs a sequential campaign in a space and returns the measured values. */
    private static List<Double> run(SearchSpace space, ToDoubleFunction<double[]> f, Proposer.Settings s, int iterations, int batch) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int it = 0; it < iterations; it++) {
            double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
            Proposer.Settings si = new Proposer.Settings(s.goal(), s.acquisition(), s.batch(), s.gp(), s.seed() + it);
            for (Proposal p : Proposer.inSpace(space, xs.toArray(double[][]::new), y, batch, si)) {
                assertTrue(space.feasible(p.point()), "proposal outside the space");
                xs.add(p.point());
                ys.add(f.applyAsDouble(p.point()));
            }
        }
        return ys;
    }

    @Test
    void expectedImprovementFindsTheBraninMinimum() {
        SearchSpace space = SearchSpace.parse("x:-5:10, y:0:15", null);
        List<Double> ys = run(space, ProposerTest::branin, settings(Goal.MINIMIZE, "EI", BatchMethod.BELIEVER, 2, 0), 30, 1);
        double best = ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(best < 0.6, "best Branin value after 30 experiments " + best + " (minimum 0.398)");
        // random search with the same budget typically stays above 1.5
        assertTrue(ys.subList(0, 2).stream().allMatch(v -> v > best));
    }

    @Test
    void confidenceBoundAndThompsonAlsoConverge() {
        SearchSpace space = SearchSpace.parse("x:0:1", null);
        ToDoubleFunction<double[]> f = p -> -Math.pow(p[0] - 0.3, 2) + 0.05 * Math.sin(20 * p[0]);
        double truth = IntStream.rangeClosed(0, 100000).mapToDouble(i -> f.applyAsDouble(new double[] {i / 100000.0})).max().orElseThrow();
        for (String a : List.of("UCB", "TS")) {
            List<Double> ys = run(space, f, settings(Goal.MAXIMIZE, a, BatchMethod.BELIEVER, 1, 1), 15, 1);
            double best = ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertTrue(truth - best < 2e-3, a + ": best " + best + " against " + truth);
        }
        // probability of improvement is greedy (it stops in one of the side maxima above): on one smooth peak it converges
        List<Double> ys = run(space, p -> -Math.pow(p[0] - 0.3, 2), settings(Goal.MAXIMIZE, "PI", BatchMethod.BELIEVER, 1, 1), 12, 1);
        assertTrue(ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow() > -1e-4, "PI on one peak: " + ys);
    }

    @Test
    void mixedSpaceFindsTheRightCategoryWithinTheConstraint() {
        SearchSpace space = SearchSpace.parse("x:0:1, y:0:1, s:{a|b|c}", "x + y <= 1");
        double[] shift = {0, 1, 0.3};
        ToDoubleFunction<double[]> f = p -> shift[(int) p[2]] - Math.pow(p[0] - 0.7, 2) - Math.pow(p[1] - 0.6, 2);
        // optimum on the constraint: x + y = 1, closest to (0.7, 0.6): (0.55, 0.45), in category b: 1 − 0.045 = 0.955
        Proposer.Settings s = settings(Goal.MAXIMIZE, "EI", BatchMethod.BELIEVER, space.encodedWidth(), 2);
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int it = 0; it < 25; it++) {
            Proposer.Settings si = new Proposer.Settings(s.goal(), s.acquisition(), s.batch(), s.gp(), it);
            Proposal p = Proposer.inSpace(space, xs.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue).toArray(), 1, si).get(0);
            assertTrue(p.point()[0] + p.point()[1] <= 1 + 1e-9, "constraint violated by " + java.util.Arrays.toString(p.point()));
            xs.add(p.point());
            ys.add(f.applyAsDouble(p.point()));
        }
        int bestIndex = IntStream.range(0, ys.size()).reduce((i, j) -> ys.get(i) >= ys.get(j) ? i : j).orElseThrow();
        assertEquals(1, (int) xs.get(bestIndex)[2], "best category");
        assertTrue(ys.get(bestIndex) > 0.94, "best value " + ys.get(bestIndex) + " (optimum 0.955)");
    }

    @Test
    void batchesAreSpreadOut() {
        SearchSpace space = SearchSpace.parse("x:0:1, y:0:1", null);
        double[][] x = {{0.1, 0.1}, {0.9, 0.2}, {0.5, 0.5}, {0.2, 0.8}, {0.8, 0.9}};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(3 * x[i][0]) + Math.cos(2 * x[i][1]);
        }
        for (BatchMethod m : BatchMethod.values()) {
            List<Proposal> batch = Proposer.inSpace(space, x, y, 4, settings(Goal.MAXIMIZE, "EI", m, 2, 5));
            assertEquals(4, batch.size(), m.toString());
            for (int i = 0; i < batch.size(); i++) {
                assertFalse(batch.get(i).initial());
                assertTrue(Double.isFinite(batch.get(i).mean()) && batch.get(i).std() >= 0);
                for (int j = 0; j < i; j++) {
                    double d = Math.sqrt(Proposer.distance2(batch.get(i).point(), batch.get(j).point()));
                    assertTrue(d > 0.02, m + ": proposals " + i + " and " + j + " are only " + d + " apart");
                }
            }
            // same inputs and seed, same batch
            List<Proposal> again = Proposer.inSpace(space, x, y, 4, settings(Goal.MAXIMIZE, "EI", m, 2, 5));
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(batch.get(i).point(), again.get(i).point(), 0);
            }
        }
    }

    @Test
    void poolProposalsFindTheBestRowAndNeverRepeatOne() {
        // 1-D pool of 301 points on a bumpy function; the best row is known
        int n = 301;
        List<String> ids = new ArrayList<>();
        double[][] features = new double[n][];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) (n - 1);
            ids.add("m" + i);
            features[i] = new double[] {t, t * t};
            target[i] = Math.sin(9 * t) * Math.exp(-t);
        }
        int best = IntStream.range(0, n).reduce((i, j) -> target[i] >= target[j] ? i : j).orElseThrow();
        CandidatePool pool = new CandidatePool("pool.csv", ids, features, List.of("t", "t2"));
        for (String a : List.of("EI", "UCB", "TS")) {
            List<Integer> tested = new ArrayList<>(List.of(20, 150, 280)); // a spread-out start
            int found = -1;
            for (int it = 0; it < 20 && found < 0; it++) {
                int[] rows = tested.stream().mapToInt(Integer::intValue).toArray();
                double[] y = tested.stream().mapToDouble(r -> target[r]).toArray();
                List<Proposal> ps = Proposer.fromPool(pool, rows, y, 2, settings(Goal.MAXIMIZE, a, BatchMethod.BELIEVER, 2, it));
                assertEquals(2, ps.size());
                for (Proposal p : ps) {
                    assertFalse(tested.contains(p.row()), a + " proposed a tested row again");
                    tested.add(p.row());
                    if (p.row() == best) {
                        found = it;
                    }
                }
            }
            assertTrue(found >= 0, a + " did not find the best row in 20 batches of 2");
        }
    }

    @Test
    void minimisingAPoolProposesTheLowPredictions() {
        List<String> ids = new ArrayList<>();
        double[][] f = new double[50][];
        for (int i = 0; i < 50; i++) {
            ids.add("r" + i);
            f[i] = new double[] {i};
        }
        CandidatePool pool = new CandidatePool("pool", ids, f, List.of("i"));
        int[] rows = {10, 20, 30, 40};
        double[] y = {10, 20, 30, 40}; // y = i: the minimum is row 0
        Proposal p = Proposer.fromPool(pool, rows, y, 1, settings(Goal.MINIMIZE, "UCB", BatchMethod.BELIEVER, 1, 0)).get(0);
        assertTrue(p.row() < 10, "minimising y = i proposed row " + p.row());
        assertTrue(p.mean() < 10, "predicted " + p.mean());
    }

    @Test
    void initialDesignWithoutData() {
        SearchSpace space = SearchSpace.parse("x:0:1, y:0:1", "x + y <= 1.5");
        List<Proposal> start = Proposer.inSpace(space, new double[0][], new double[0], 5, settings(Goal.MAXIMIZE, "EI", BatchMethod.BELIEVER, 2, 0));
        assertEquals(5, start.size());
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 5; i++) {
            assertTrue(start.get(i).initial() && space.feasible(start.get(i).point()));
            for (int j = 0; j < i; j++) {
                min = Math.min(min, Math.sqrt(Proposer.distance2(start.get(i).point(), start.get(j).point())));
            }
        }
        assertTrue(min > 0.3, "maximin start points only " + min + " apart");
        CandidatePool pool = new CandidatePool("p", List.of("a", "b", "c"), new double[][] {{1}, {2}, {3}}, List.of("f"));
        List<Proposal> rows = Proposer.fromPool(pool, new int[] {1}, new double[] {2}, 5, settings(Goal.MAXIMIZE, "EI", BatchMethod.BELIEVER, 1, 0));
        Set<Integer> r = new HashSet<>();
        rows.forEach(p -> r.add(p.row()));
        assertEquals(Set.of(0, 2), r, "only the untested rows, each once");
    }

    @Test
    void badInputIsRefusedClearly() {
        SearchSpace space = SearchSpace.parse("x:0:1", null);
        Proposer.Settings s = settings(Goal.MAXIMIZE, "EI", BatchMethod.BELIEVER, 1, 0);
        assertMessage("missing (NaN)", () -> Proposer.inSpace(space, new double[][] {{0.1}, {0.2}}, new double[] {1, Double.NaN}, 1, s));
        assertMessage("are equal", () -> Proposer.inSpace(space, new double[][] {{0.1}, {0.2}, {0.3}}, new double[] {2, 2, 2}, 1, s));
        Proposer.Settings exact = new Proposer.Settings(Goal.MAXIMIZE, Acquisition.of(Acquisition.Kind.EI), BatchMethod.BELIEVER,
                new GpSettings(Kernels.parse("RBF", 1, false), 1e-10, true, true, 0, 0), 0);
        assertMessage("same features", () -> Proposer.inSpace(space, new double[][] {{0.1}, {0.1}, {0.3}}, new double[] {1, 2, 3}, 1, exact));
        // a repeated measurement is fine with a noise term
        Proposer.Settings noisy = new Proposer.Settings(Goal.MAXIMIZE, Acquisition.of(Acquisition.Kind.EI), BatchMethod.BELIEVER,
                new GpSettings(Kernels.parse("RBF+White", 1, false), 1e-10, true, true, 0, 0), 0);
        assertEquals(1, Proposer.inSpace(space, new double[][] {{0.1}, {0.1}, {0.3}}, new double[] {1, 2, 3}, 1, noisy).size());
        assertMessage("at least 1", () -> Proposer.inSpace(space, new double[0][], new double[0], 0, s));
        assertMessage("2 measured points but 1 results", () -> Proposer.inSpace(space, new double[][] {{0.1}, {0.2}}, new double[] {1}, 1, s));
        assertMessage("row 2 (b): feature f is missing (NaN)", () -> new CandidatePool("pool.csv", List.of("a", "b"), new double[][] {{1}, {Double.NaN}}, List.of("f")));
        assertMessage("occurs twice", () -> new CandidatePool("pool.csv", List.of("a", "a"), new double[][] {{1}, {2}}, List.of("f")));
        assertMessage("every feature is the same", () -> new CandidatePool("pool.csv", List.of("a", "b"), new double[][] {{1}, {1}}, List.of("f")));
        // a categorical value is a level index: 0 … levels − 1
        SearchSpace mixed = SearchSpace.parse("x:0:1, s:{a|b}", null);
        assertMessage("measurement 2: s must be a level index 0 … 1, got 2.0",
                () -> Proposer.inSpace(mixed, new double[][] {{0.1, 0}, {0.2, 2}}, new double[] {1, 2}, 1, s));
        assertMessage("pending proposal 1: s must be a level index 0 … 1, got 0.5",
                () -> Proposer.inSpace(mixed, new double[][] {{0.1, 0}, {0.2, 1}}, new double[] {1, 2}, new double[][] {{0.3, 0.5}}, 1, s));
    }
}
