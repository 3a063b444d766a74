package org.matinf.core.optimize.campaign;

import org.matinf.core.InputException;

/** A problem with a campaign file or with results given to it, naming the file and, where known, the line. */
public final class CampaignException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line, 0 when no line applies */
    public CampaignException(String source, int line, String problem) {
        super(source, line, problem, null);
    }
}
