package org.matinf.core.deep;

/**
 * The deep-learning engine (PyTorch through DJL) cannot be used on this computer; the message says
 * why (old system library, no write access to the cache folder, missing native library) and names
 * the cache folder.
 */
public final class DeepEngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeepEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
