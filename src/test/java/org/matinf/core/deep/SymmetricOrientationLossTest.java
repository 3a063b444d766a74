package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;

class SymmetricOrientationLossTest {

    private static Orientation random(SplittableRandom rng) {
        return Orientation.fromQuaternion(rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian());
    }

    private static NDArray matrices(NDManager m, List<Orientation> list) {
        float[] v = new float[9 * list.size()];
        for (int i = 0; i < list.size(); i++) {
            System.arraycopy(SixDRotation.rowMajor(list.get(i)), 0, v, 9 * i, 9);
        }
        return m.create(v, new Shape(list.size(), 3, 3));
    }

    @Test
    void sixDRepresentationGivesBackTheBungeMatrix() {
        try (NDManager m = DeepEngine.require().newBaseManager()) {
            Orientation g = Orientation.fromBunge(30, 50, 70);
            float[] six = SixDRotation.of(g);
            // scaled and skewed inputs give the same rotation after Gram-Schmidt
            float[] skewed = {3 * six[0], 3 * six[1], 3 * six[2], six[3] + 0.5f * six[0], six[4] + 0.5f * six[1], six[5] + 0.5f * six[2]};
            NDArray r = SixDRotation.toMatrix(m.create(new float[][] {six, skewed}));
            Orientation[] back = SixDRotation.toOrientations(r);
            assertTrue(back[0].equalsWithin(g, 1e-3), back[0].toString());
            assertTrue(back[1].equalsWithin(g, 1e-3), back[1].toString());
            float[] expected = SixDRotation.rowMajor(g);
            float[] got = r.get(0).toFloatArray();
            for (int i = 0; i < 9; i++) {
                assertEquals(expected[i], got[i], 1e-6);
            }
        }
    }

    @Test
    void floatRoundingOfTheMatrixIsTolerated() {
        // a network output seen in training: float Gram-Schmidt left the determinant at 1 - 1.5e-6
        Orientation g = Orientation.fromBunge(123, 45, 67);
        float[] m = SixDRotation.rowMajor(g);
        for (int i = 0; i < 9; i++) {
            m[i] *= 1 - 5e-7f;
        }
        try (NDManager manager = DeepEngine.require().newBaseManager()) {
            Orientation back = SixDRotation.toOrientations(manager.create(m, new Shape(1, 3, 3)))[0];
            assertTrue(back.equalsWithin(g, 1e-5), back.toString());
        }
        double[][] r = SixDRotation.orthonormalised(new float[] {2, 0.5f, 0, 0, 3, 0, 0, 0, 7}, 0);
        double[][] expected = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], r[i][j], 1e-12);
            }
        }
    }

    @Test
    void lossIsTheSameForEverySymmetryEquivalentLabel() {
        SplittableRandom rng = new SplittableRandom(5);
        for (LaueGroup group : new LaueGroup[] {LaueGroup.M_BAR_3_M, LaueGroup.SIX_OVER_MMM, LaueGroup.TWO_OVER_M}) {
            SymmetricOrientationLoss loss = new SymmetricOrientationLoss(group);
            try (NDManager m = DeepEngine.require().newBaseManager()) {
                for (int t = 0; t < 5; t++) {
                    Orientation g = random(rng);
                    Orientation r = random(rng);
                    List<Orientation> equivalents = group.equivalents(g);
                    NDArray labels = matrices(m, equivalents);
                    NDArray preds = matrices(m, java.util.Collections.nCopies(equivalents.size(), r));
                    float[] perSample = loss.perSample(labels, preds).toFloatArray();
                    // reference: ‖R − S·g‖ at the disorientation = √(4 − 4 cos ω) = 2√2 sin(ω/2)
                    double omega = Math.toRadians(Misorientation.disorientationAngle(r, g, group));
                    for (float v : perSample) {
                        assertEquals(perSample[0], v, 1e-5, group + " equivalent label changes the loss");
                        assertEquals(Math.sqrt(4 - 4 * Math.cos(omega) + SymmetricOrientationLoss.EPSILON), v, 1e-5);
                        assertEquals(2 * Math.sqrt(2) * Math.sin(omega / 2), v, 1e-4);
                    }
                    assertTrue(perSample[0] > 1e-4, "a different orientation has a positive loss");
                    // R = any equivalent of g: zero (√ε)
                    float[] zero = loss.perSample(labels, matrices(m, equivalents)).toFloatArray();
                    for (float v : zero) {
                        assertEquals(Math.sqrt(SymmetricOrientationLoss.EPSILON), v, 2e-5);
                    }
                    float mean = loss.evaluate(new NDList(labels), new NDList(preds)).getFloat();
                    assertEquals(perSample[0], mean, 1e-5);
                }
            }
        }
    }

    @Test
    void lossAcceptsTheNetworkOutputAndHasGradients() {
        try (NDManager m = DeepEngine.require().newBaseManager()) {
            Orientation g = Orientation.fromBunge(10, 20, 30);
            NDArray six = m.create(new float[][] {SixDRotation.of(Orientation.fromBunge(15, 25, 35))});
            six.setRequiresGradient(true);
            NDArray labels = matrices(m, List.of(g));
            try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray l = new SymmetricOrientationLoss(LaueGroup.M_BAR_3_M).evaluate(new NDList(labels), new NDList(six));
                assertTrue(l.getFloat() > 0);
                gc.backward(l);
            }
            assertTrue(six.getGradient().abs().sum().getFloat() > 0, "gradient flows through Gram-Schmidt");
        }
    }
}
