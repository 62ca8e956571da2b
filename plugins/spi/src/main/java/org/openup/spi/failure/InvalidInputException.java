package org.openup.spi.failure;

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

    /** The constant a person meant ("off the rails", "Off-The-Rails" and OFF_THE_RAILS alike), or a refusal listing the choices. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String typed) {
        if (typed != null) {
            String name = typed.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        throw new InvalidInputException(field, "Choose " + field + " from: " + java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(java.util.stream.Collectors.joining(", ")) + ".");
    }
}
