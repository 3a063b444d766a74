package org.matinf.core.deep;

import org.matinf.core.InputException;

/** A dataset or model file that is missing, corrupt or of the wrong kind; the message names the file. */
public final class DeepFileException extends InputException {
    private static final long serialVersionUID = 1L;

    public DeepFileException(String file, String problem, Throwable cause) {
        super(file, 0, problem, cause);
    }

    public DeepFileException(String file, String problem) {
        this(file, problem, null);
    }
}
