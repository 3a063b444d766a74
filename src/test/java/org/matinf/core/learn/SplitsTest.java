package org.matinf.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/** Against scikit-learn 1.2.1 / NumPy (src/test/resources/reference/learn/folds.py). */
class SplitsTest {
    private static final JsonNode REF = TestData.json(TestData.reference("learn/folds.json"));

    private static int[] ints(JsonNode a) {
        return Arrays.stream(TestData.vector(a)).mapToInt(v -> (int) v).toArray();
    }

    @Test
    void numpyRandomStateStreamAndPermutation() {
        NumpyRandom r = new NumpyRandom(18012019);
        for (JsonNode v : REF.get("uint32")) {
            assertEquals(v.asLong(), r.nextUint32());
        }
        assertArrayEquals(ints(REF.get("permutation_20_seed_7")), new NumpyRandom(7).permutation(20));
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
    }

    @Test
    void kFoldEqualsScikitLearnsShuffledKFold() {
        assertEquals(4, REF.get("kfold").size());
        for (JsonNode c : REF.get("kfold")) {
            List<Split> folds = Splits.kFold(c.get("n").asInt(), c.get("k").asInt(), c.get("random_state").asLong());
            assertEquals(c.get("test").size(), folds.size());
            for (int f = 0; f < folds.size(); f++) {
                assertArrayEquals(ints(c.get("test").get(f)), folds.get(f).test(), "n=" + c.get("n") + " fold " + f);
                assertEquals(c.get("n").asInt(), folds.get(f).test().length + folds.get(f).train().length);
            }
        }
        // matbench's protocol: 4604 rows, 5 folds, first test indices as scikit-learn's
        List<Split> mb = Splits.kFold(4604, 5, 18012019);
        assertEquals(921, mb.get(0).test().length);
        assertEquals(920, mb.get(4).test().length);
    }

    @Test
    void groupFoldsNeverSplitAFormula() {
        String[] groups = IntStream.range(0, 300).mapToObj(i -> "G" + (i * 7 % 61)).toArray(String[]::new);
        List<Split> folds = Splits.groupKFold(groups, 5, 18012019);
        assertCoversOnce(folds, groups.length);
        for (Split s : folds) {
            Set<String> train = new HashSet<>();
            Arrays.stream(s.train()).forEach(i -> train.add(groups[i]));
            for (int i : s.test()) {
                assertTrue(!train.contains(groups[i]), "group " + groups[i] + " on both sides");
            }
            assertTrue(Math.abs(s.test().length - 60) <= 5, "balanced folds: " + s.test().length);
        }
        assertThrows(IllegalArgumentException.class, () -> Splits.groupKFold(new String[] {"a", "a", "b"}, 3, 1));
    }

    @Test
    void stratifiedFoldsKeepClassShares() {
        int[] labels = IntStream.range(0, 100).map(i -> i < 80 ? 0 : 1).toArray();
        List<Split> folds = Splits.stratifiedKFold(labels, 5, 3);
        assertCoversOnce(folds, 100);
        for (Split s : folds) {
            assertEquals(4, Arrays.stream(s.test()).filter(i -> labels[i] == 1).count());
            assertEquals(20, s.test().length);
        }
    }

    @Test
    void trainValidationTestIsSixtyTwentyTwentyAndDisjoint() {
        Splits.TrainValidationTest t = Splits.trainValidationTest(1000, null, 42);
        assertEquals(600, t.train().length);
        assertEquals(200, t.validation().length);
        assertEquals(200, t.test().length);
        Set<Integer> all = new HashSet<>();
        for (int[] part : new int[][] {t.train(), t.validation(), t.test()}) {
            Arrays.stream(part).forEach(i -> assertTrue(all.add(i), "row " + i + " twice"));
        }
        assertEquals(1000, all.size());
        String[] groups = IntStream.range(0, 500).mapToObj(i -> "F" + (i % 97)).toArray(String[]::new);
        Splits.TrainValidationTest g = Splits.trainValidationTest(500, groups, 42);
        Map<String, Integer> side = new HashMap<>();
        int[][] parts = {g.train(), g.validation(), g.test()};
        for (int p = 0; p < 3; p++) {
            for (int i : parts[p]) {
                Integer before = side.put(groups[i], p);
                assertTrue(before == null || before == p, "formula " + groups[i] + " straddles the split");
            }
        }
        assertEquals(500, g.train().length + g.validation().length + g.test().length);
        assertTrue(Math.abs(g.train().length - 300) < 10, "train " + g.train().length);
        assertArrayEquals(t.test(), Splits.trainValidationTest(1000, null, 42).test(), "seeded: same split again");
    }

    private static void assertCoversOnce(List<Split> folds, int n) {
        int[] count = new int[n];
        for (Split s : folds) {
            Arrays.stream(s.test()).forEach(i -> count[i]++);
            assertEquals(n, s.test().length + s.train().length);
            Set<Integer> test = new HashSet<>();
            Arrays.stream(s.test()).forEach(test::add);
            Arrays.stream(s.train()).forEach(i -> assertTrue(!test.contains(i), "row " + i + " in train and test"));
        }
        assertTrue(Arrays.stream(count).allMatch(c -> c == 1), "every row held out exactly once");
    }
}
