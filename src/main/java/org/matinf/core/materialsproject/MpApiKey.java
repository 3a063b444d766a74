package org.matinf.core.materialsproject;

import java.util.Optional;

/**
 * A Materials Project API key. It is only handed to the HTTP header; {@link #toString()} hides it,
 * and {@link #redact(String)} removes it from any text (such as a server's error message) before
 * the text is shown or written.
 */
public final class MpApiKey {
    /** The environment variable the key is read from (the one the mp-api Python client reads). */
    public static final String ENVIRONMENT_VARIABLE = "MP_API_KEY";
    private static final String HIDDEN = "********";

    private final String value;

    private MpApiKey(String value) {
        this.value = value;
    }

    /**
     * The key from its text, trimmed.
     *
     * @throws IllegalArgumentException when it is blank or holds characters an HTTP header cannot carry
     *     (the message never repeats the key)
     */
    public static MpApiKey of(String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the Materials Project API key is empty");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException("the Materials Project API key holds a space or a character other than"
                        + " printable ASCII (character " + (i + 1) + " of " + v.length() + "); copy it again from your"
                        + " Materials Project dashboard");
            }
        }
        return new MpApiKey(v);
    }

    /** The key in {@value #ENVIRONMENT_VARIABLE}, if that variable is set and not blank. */
    public static Optional<MpApiKey> fromEnvironment() {
        String v = System.getenv(ENVIRONMENT_VARIABLE);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(of(v));
    }

    /** The header value; for the client only. */
    String headerValue() {
        return value;
    }

    /** {@code text} with every occurrence of the key replaced by asterisks. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, HIDDEN);
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "MpApiKey[" + HIDDEN + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MpApiKey k && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
