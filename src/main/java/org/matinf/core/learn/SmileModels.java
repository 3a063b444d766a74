package org.matinf.core.learn;

import java.util.function.ToDoubleFunction;
import smile.classification.Classifier;
import smile.classification.DataFrameClassifier;
import smile.data.DataFrame;
import smile.regression.DataFrameRegression;
import smile.regression.Regression;

/** {@link FittedModel}s wrapping Smile's models. */
final class SmileModels {
    private SmileModels() {
    }

    /** f of every row. */
    private static double[] eachRow(double[][] x, ToDoubleFunction<double[]> f) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = f.applyAsDouble(x[i]);
        }
        return p;
    }

    /** A Smile regression model on feature vectors. */
    record VectorRegression(Regression<double[]> model) implements FittedModel {
        private static final long serialVersionUID = 1L;

        @Override
        public double[] predict(double[][] x) {
            return eachRow(x, model::predict);
        }
    }

    /** A Smile regression model on data frames (trees, forests, boosting, linear models). */
    record FrameRegression(DataFrameRegression model) implements FittedModel {
        private static final long serialVersionUID = 1L;

        @Override
        public double[] predict(double[][] x) {
            return model.predict(SmileFrames.features(x));
        }

        @Override
        public double[][] treePredictions(double[][] x) {
            if (!(model instanceof smile.regression.RandomForest forest)) {
                return null;
            }
            DataFrame df = SmileFrames.features(x);
            smile.regression.RandomForest.Model[] trees = forest.models();
            double[][] p = new double[x.length][trees.length];
            for (int i = 0; i < x.length; i++) {
                smile.data.Tuple row = df.get(i);
                for (int t = 0; t < trees.length; t++) {
                    p[i][t] = trees[t].tree.predict(row);
                }
            }
            return p;
        }
    }

    /** A Smile classifier on feature vectors (logistic regression, SVM). */
    record VectorClassifier(Classifier<double[]> model, int classes) implements FittedModel {
        private static final long serialVersionUID = 1L;

        @Override
        public double[] predict(double[][] x) {
            return eachRow(x, model::predict);
        }

        @Override
        public double[][] classScores(double[][] x) {
            double[][] s = new double[x.length][classes];
            for (int i = 0; i < x.length; i++) {
                if (model.soft()) {
                    model.predict(x[i], s[i]);
                } else {
                    s[i][model.predict(x[i])] = 1;
                }
            }
            return s;
        }
    }

    /** A Smile classifier on data frames (forests, boosting). */
    record FrameClassifier(DataFrameClassifier model, int classes) implements FittedModel {
        private static final long serialVersionUID = 1L;

        @Override
        public double[] predict(double[][] x) {
            DataFrame df = SmileFrames.features(x);
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = model.predict(df.get(i));
            }
            return p;
        }

        @Override
        public double[][] classScores(double[][] x) {
            DataFrame df = SmileFrames.features(x);
            double[][] s = new double[x.length][classes];
            for (int i = 0; i < x.length; i++) {
                model.predict(df.get(i), s[i]);
            }
            return s;
        }
    }

    /**
     * A two-class support vector machine, trained on labels −1/+1: class 1 where the decision value
     * is positive; the decision value is class 1's score.
     */
    record BinarySvm(smile.classification.SVM<double[]> model) implements FittedModel {
        private static final long serialVersionUID = 1L;

        @Override
        public double[] predict(double[][] x) {
            return eachRow(x, r -> model.score(r) > 0 ? 1 : 0);
        }

        @Override
        public double[][] classScores(double[][] x) {
            double[][] s = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                double v = model.score(x[i]);
                s[i] = new double[] {-v, v};
            }
            return s;
        }
    }
}
