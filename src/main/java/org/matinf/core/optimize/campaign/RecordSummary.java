package org.matinf.core.optimize.campaign;

/**
 * What a recording did.
 *
 * @param recorded new measurements added
 * @param matched of those, how many answered a pending proposal
 * @param empty rows without a result (not measured yet), skipped
 * @param repeated rows naming a proposal already recorded, skipped
 */
public record RecordSummary(int recorded, int matched, int empty, int repeated) {
}
