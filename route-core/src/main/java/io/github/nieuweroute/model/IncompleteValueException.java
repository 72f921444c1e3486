package io.github.nieuweroute.model;

import io.github.nieuweroute.internal.MissingAttributes;

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
        super(MissingAttributes.type(message), null, MissingAttributes.fields(message), Problem.MISSING,
                "required field is not set");
    }
}
