package io.github.nieuweroute.source;

import io.github.nieuweroute.internal.MissingAttributes;

/**
 * Thrown when a {@link Provenance} cannot be made: a label without the source lines it needs, or a blank citation.
 * Its message names the field; it never quotes a citation.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class InvalidProvenanceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field at fault. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the field at fault, such as {@code "sources"}, not null
     * @param detail what is wrong, not null
     */
    public InvalidProvenanceException(String field, String detail) {
        super("Provenance, field '" + field + "': " + detail);
        this.field = field;
    }

    /**
     * Creates the exception from the message a generated builder writes when a required attribute is not set; the
     * attributes are read back out of it (see the package's Immutables style).
     *
     * @param builderMessage the generated message, which names attributes and never values, not null
     */
    public InvalidProvenanceException(String builderMessage) {
        this(MissingAttributes.fields(builderMessage), "required field is not set");
    }

    /**
     * Returns the field at fault.
     *
     * @return the field name, never null
     */
    public String field() {
        return field;
    }
}
