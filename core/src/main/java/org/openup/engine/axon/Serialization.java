package org.openup.engine.axon;

import org.openup.engine.crypto.Keyring;
import org.openup.engine.crypto.SealedText;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one serializer for commands, events and snapshots, and the JSON form the adapters
 * give the core's answers (an {@code Optional} is its value or null). JSON only: no polymorphic
 * default typing (a classic deserialisation hole) and no XStream. Fields are visible so aggregate
 * snapshots need no getters; unknown properties are ignored so an older node can read a newer
 * event that gained a field.
 */
public final class Serialization {

    private Serialization() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new ParameterNamesModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }

    /** The event store's serializer: like {@link #objectMapper()}, plus personal text sealed by {@code keyring}. */
    public static JacksonSerializer serializer(Keyring keyring) {
        ObjectMapper mapper = objectMapper();
        mapper.registerModule(SealedText.module(keyring));
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
