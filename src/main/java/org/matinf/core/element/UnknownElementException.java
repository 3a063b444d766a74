package org.matinf.core.element;

/** Thrown when a symbol names no element. */
public class UnknownElementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String symbol;

    public UnknownElementException(String symbol) {
        super("Unknown element '" + symbol + "'");
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
