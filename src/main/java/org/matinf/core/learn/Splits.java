package org.matinf.core.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Splits of a data set's rows for validation, all from a fixed seed.
 *
 * <ul>
 *   <li>{@link #kFold}: equal to scikit-learn's {@code KFold(n_splits=k, shuffle=True,
 *       random_state=seed)} fold for fold (the matbench protocol uses seed 18012019);</li>
 *   <li>{@link #groupKFold}: rows of one group (e.g. one reduced formula) stay in one fold;</li>
 *   <li>{@link #stratifiedKFold}: each class spread evenly over the folds;</li>
 *   <li>{@link #trainValidationTest}: 60 / 20 / 20 %, optionally by groups.</li>
 * </ul>
 */
public final class Splits {
    /** Fractions of the rows for training and training + validation in {@link #trainValidationTest}. */
    private static final double TRAIN = 0.6;
    private static final double TRAIN_AND_VALIDATION = 0.8;

    private Splits() {
    }

    /**
     * k shuffled folds of n rows: the rows are shuffled by NumPy's RandomState(seed), then cut into
     * k consecutive folds, the first n mod k of them one row larger — as scikit-learn's KFold.
     */
    public static List<Split> kFold(int n, int k, long seed) {
        checkFolds(n, k);
        int[] order = new NumpyRandom(seed).permutation(n);
        List<Split> out = new ArrayList<>();
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            out.add(split(n, Arrays.copyOfRange(order, start, start + size)));
            start += size;
        }
        return out;
    }

    /**
     * k folds in which the rows of a group (equal strings) are never divided: the distinct groups
     * are shuffled by the seed, then, largest first, each goes to the fold with the fewest rows so far.
     *
     * @throws IllegalArgumentException if there are fewer groups than folds
     */
    public static List<Split> groupKFold(String[] groups, int k, long seed) {
        int n = groups.length;
        checkFolds(n, k);
        List<int[]> members = groupMembers(groups);
        if (members.size() < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " distinct groups (formulas), the data have "
                    + members.size());
        }
        List<int[]> shuffled = shuffledGroups(members, seed);
        shuffled.sort((a, b) -> Integer.compare(b.length, a.length)); // stable: equal sizes keep the shuffled order
        List<List<Integer>> folds = new ArrayList<>();
        int[] sizes = new int[k];
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int[] g : shuffled) {
            int lightest = 0;
            for (int f = 1; f < k; f++) {
                if (sizes[f] < sizes[lightest]) {
                    lightest = f;
                }
            }
            for (int r : g) {
                folds.get(lightest).add(r);
            }
            sizes[lightest] += g.length;
        }
        return folds.stream().map(f -> split(n, f.stream().mapToInt(Integer::intValue).toArray())).toList();
    }

    /**
     * k folds with every class (label 0 … c−1) spread evenly: each class's rows are shuffled by the
     * seed and dealt to the folds in turn, continuing from where the previous class stopped.
     */
    public static List<Split> stratifiedKFold(int[] labels, int k, long seed) {
        int n = labels.length;
        checkFolds(n, k);
        NumpyRandom random = new NumpyRandom(seed);
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (int c = 0; c < classes; c++) {
            int cls = c;
            int[] rows = IntStream.range(0, n).filter(i -> labels[i] == cls).toArray();
            random.shuffle(rows);
            for (int r : rows) {
                folds.get(next).add(r);
                next = (next + 1) % k;
            }
        }
        return folds.stream().map(f -> split(n, f.stream().mapToInt(Integer::intValue).toArray())).toList();
    }

    /** Rows (or, when {@code groups} is not null, whole groups) shuffled by the seed and cut 60 / 20 / 20 %. */
    public static TrainValidationTest trainValidationTest(int n, String[] groups, long seed) {
        if (n < 3) {
            throw new IllegalArgumentException("a train/validation/test split needs at least 3 rows, got " + n);
        }
        List<int[]> units = groups == null ? IntStream.range(0, n).mapToObj(i -> new int[] {i}).toList() : groupMembers(groups);
        List<int[]> shuffled = shuffledGroups(units, seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        int done = 0;
        for (int[] u : shuffled) {
            List<Integer> target = done < Math.round(TRAIN * n) ? train : done < Math.round(TRAIN_AND_VALIDATION * n) ? validation : test;
            for (int r : u) {
                target.add(r);
            }
            done += u.length;
        }
        return new TrainValidationTest(sorted(train), sorted(validation), sorted(test));
    }

    /** Rows for training, for validation (model choice) and for the final test. */
    public record TrainValidationTest(int[] train, int[] validation, int[] test) {
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static List<int[]> groupMembers(String[] groups) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        return byGroup.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static List<int[]> shuffledGroups(List<int[]> groups, long seed) {
        int[] order = new NumpyRandom(seed).permutation(groups.size());
        List<int[]> out = new ArrayList<>();
        for (int i : order) {
            out.add(groups.get(i));
        }
        return out;
    }

    private static Split split(int n, int[] test) {
        int[] t = test.clone();
        Arrays.sort(t);
        boolean[] held = new boolean[n];
        for (int i : t) {
            held[i] = true;
        }
        int[] train = IntStream.range(0, n).filter(i -> !held[i]).toArray();
        return new Split(train, t);
    }

    private static void checkFolds(int n, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        if (k > n) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " rows, the data have " + n);
        }
    }
}
