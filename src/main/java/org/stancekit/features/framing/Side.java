package org.stancekit.features.framing;

/** The two sides of the Russia–West framing question; feature names use the short code. */
public enum Side {
    RUSSIA("ru"), WEST("we");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    /** Short code used in feature names ({@code ru}, {@code we}). */
    public String code() {
        return code;
    }

    /** The opposite side. */
    public Side other() {
        return this == RUSSIA ? WEST : RUSSIA;
    }
}
