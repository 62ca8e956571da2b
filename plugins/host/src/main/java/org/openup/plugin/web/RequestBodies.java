package org.openup.plugin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.openup.spi.failure.InvalidInputException;

import java.io.IOException;
import java.util.Collection;
import java.util.Objects;

/**
 * How request bodies are read, for the web adapter and the plugin test kit alike: with the core's
 * JSON settings, but stricter. A value of the wrong JSON type (a number where text belongs, "5"
 * where a number belongs, 5.5 for a whole number) is refused rather than quietly converted,
 * nothing may follow the JSON value, and an empty body or {@code null} is no body.
 */
public final class RequestBodies {

    /** A body that cannot be read as the request's type; {@link #field()} names the field when one is at fault. */
    public static final class MalformedBodyException extends InvalidInputException {
        public MalformedBodyException(String field, String message) {
            super(field, message);
        }
    }

    private final ObjectMapper json;

    public RequestBodies(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        this.json = strict;
    }

    /** {@code body} as a {@code type}, or a {@link MalformedBodyException} that says, for a person, what is wrong. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new MalformedBodyException(null, "This request needs a JSON body.");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new MalformedBodyException(null, "This request needs a JSON object as its body.");
            }
            return value;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (field == null) {
                throw new MalformedBodyException(null, "This request needs a JSON object as its body, with the fields the request takes.");
            }
            boolean item = e.getPath().stream().anyMatch(r -> r.getFieldName() == null);
            throw new MalformedBodyException(field, (item ? "Each item of '" + field + "'" : "'" + field + "'") + " " + expected(e) + ".");
        } catch (StreamConstraintsException e) {
            throw new MalformedBodyException(null, "The request body is nested too deeply or holds a value that is too long.");
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException(null, "The request body is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new MalformedBodyException(null, "The request body could not be read.");
        }
    }

    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == String.class) {
            return "must be text (in double quotes)";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target != null && (Collection.class.isAssignableFrom(target) || target.isArray())) {
            return "must be a list";
        }
        return "has a value of the wrong kind or size";
    }
}
