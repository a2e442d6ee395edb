package org.stancekit.cli;

/** Status lines for the user on stderr, so stdout stays clean for data ({@code -o -}). */
final class Terminal {

    private Terminal() {
    }

    static void info(String fmt, Object... args) {
        System.err.println(String.format(fmt, args));
    }

    static void warn(String fmt, Object... args) {
        System.err.println("warning: " + String.format(fmt, args));
    }

    /** True when stderr is an interactive terminal (progress bars only then). */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }
}
