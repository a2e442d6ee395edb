package org.stancekit.model;

/** A file is not a stancekit model, is damaged, or was written by a newer format version. */
public class ModelFormatException extends RuntimeException {
    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
