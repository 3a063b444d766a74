package org.matinf.core.deep;

import java.util.List;

/**
 * What training produced: the model with the weights of its best epoch, and the history.
 *
 * @param model the trained model (close it when done)
 * @param trainingLoss mean training loss of each epoch run
 * @param validationMedian median disorientation angle (degrees) on the validation patterns after each epoch
 * @param bestEpoch the 1-based epoch whose weights the model has
 * @param stoppedEarly true if training stopped for lack of improvement before the last epoch
 */
public record TrainingResult(OrientationModel model, List<Double> trainingLoss, List<Double> validationMedian, int bestEpoch,
        boolean stoppedEarly) {
}
