package org.matinf.core.materialsproject;

import org.matinf.core.InputException;

/**
 * A Materials Project request that failed: the message says why in words a user can act on
 * ("Materials Project: the API key was refused (HTTP 401) ..."). It never holds the API key.
 */
public final class MpException extends InputException {
    private static final long serialVersionUID = 1L;
    /** The source named in messages. */
    public static final String SOURCE = "Materials Project";

    /** What went wrong, for callers that react differently (e.g. fall back to an offline database). */
    public enum Kind {
        /** HTTP 401 or 403. */
        KEY_REFUSED,
        /** No connection could be made, or no answer came in time. */
        UNREACHABLE,
        /** 429 or 5xx after every retry, or a connection broken each time. */
        SERVER_FAILED,
        /** The server refused the query (400, 404, 422, ...). */
        QUERY_REFUSED,
        /** The answer is not what the API sends (not JSON, no data list, a bad structure). */
        BAD_ANSWER,
        /** The thread was interrupted while waiting. */
        INTERRUPTED
    }

    private final Kind kind;

    MpException(Kind kind, String problem) {
        this(kind, problem, null);
    }

    MpException(Kind kind, String problem, Throwable cause) {
        super(SOURCE, 0, problem, cause);
        this.kind = kind;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** True when the server could not be reached at all (an offline database may stand in). */
    public boolean unreachable() {
        return kind == Kind.UNREACHABLE;
    }
}
