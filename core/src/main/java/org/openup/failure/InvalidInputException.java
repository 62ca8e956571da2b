package org.openup.failure;

/** A value the user gave cannot be used as it is; {@link #field()} names which one. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
