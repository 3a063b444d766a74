package org.matinf.core.dataset;

import java.nio.file.Path;

/**
 * What {@link DiffractionDataset#write} left in the output folder.
 *
 * @param patterns the multi-page TIFF of the patterns
 * @param labels the orientation of every slice
 * @param description {@code dataset.json}
 * @param count number of patterns
 * @param reused true when the folder already held a complete dataset with the same parameters,
 *     which was kept as it was
 * @param millis time spent generating, in milliseconds (0 when reused)
 */
public record DatasetResult(Path patterns, Path labels, Path description, int count, boolean reused, long millis) {
}
