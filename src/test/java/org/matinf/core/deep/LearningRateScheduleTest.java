package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
    @Test
    void cosineGoesFromTheRateToOnePercentOfIt() {
        Tracker t = LearningRateSchedule.COSINE.tracker(1e-3, 100);
        assertEquals(1e-3, t.getNewValue(0), 1e-9);
        assertEquals(0.5 * (1e-3 + 1e-5), t.getNewValue(50), 1e-8, "half way: the mean of start and end");
        assertEquals(1e-5, t.getNewValue(100), 1e-9);
        assertEquals(1e-5, t.getNewValue(250), 1e-9, "stays at the end value after the planned steps");
        assertTrue(t.getNewValue(10) > t.getNewValue(20));
    }

    @Test
    void constantStaysPut() {
        Tracker t = LearningRateSchedule.CONSTANT.tracker(2e-3, 100);
        assertEquals(2e-3, t.getNewValue(0), 1e-9);
        assertEquals(2e-3, t.getNewValue(99), 1e-9);
    }

    @Test
    void namesAsInMacros() {
        assertEquals(LearningRateSchedule.COSINE, LearningRateSchedule.parse(" Cosine "));
        assertEquals("constant", LearningRateSchedule.CONSTANT.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.parse("step"));
        assertEquals("learning-rate schedule must be constant or cosine, got 'step'", e.getMessage());
        assertEquals(LearningRateSchedule.CONSTANT, TrainingConfig.defaults(NetworkConfig.smallCnn(32)).schedule());
        assertEquals(LearningRateSchedule.COSINE, TrainingConfig.defaults(NetworkConfig.smallCnn(32)).withSchedule(LearningRateSchedule.COSINE)
                .withEpochs(3).schedule());
    }
}
