package org.stancekit.config;

/** A configuration file or value is wrong; the message names the file, key, value and what is allowed. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
