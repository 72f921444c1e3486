package io.github.nieuweroute.internal;

import io.github.nieuweroute.model.ModelValidationException;

/**
 * Thrown by a generated builder whose required attributes were not all set. It is a
 * {@link ModelValidationException} with problem {@link ModelValidationException.Problem#MISSING}.
 */
public final class IncompleteValueException extends ModelValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the message Immutables writes ("Cannot build Decision, some of required attributes
     * are not set [id, date]"): the type and the missing fields are read back out of it.
     *
     * @param message the generated message, not null
     */
    public IncompleteValueException(String message) {
        super(typeOf(message), null, fieldsOf(message), Problem.MISSING, "required field is not set");
    }

    private static String typeOf(String message) {
        String prefix = "Cannot build ";
        int start = message.indexOf(prefix);
        int end = message.indexOf(',', start + prefix.length());
        return start >= 0 && end > start ? message.substring(start + prefix.length(), end).trim() : "value";
    }

    private static String fieldsOf(String message) {
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        return open >= 0 && close > open ? message.substring(open + 1, close).trim() : "?";
    }
}
