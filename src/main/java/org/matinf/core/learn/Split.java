package org.matinf.core.learn;

/**
 * One split of a data set's rows (0-based indices, ascending) into rows to learn from and rows held
 * out to score on.
 */
public record Split(int[] train, int[] test) {
}
