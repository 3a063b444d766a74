package org.matinf.core.learn;

import org.matinf.core.InputException;

/** A saved model file that cannot be read: not a model, another format version, corrupt or truncated. */
public final class ModelFileException extends InputException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String file, String problem, Throwable cause) {
        super(file, 0, problem, cause);
    }
}
