package org.openup.engine.crypto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.openup.privacy.PersonalText;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * How personal text looks in a stored event: {@code {"by": owner, "aes": base64(iv, ciphertext)}}.
 * The rest of the event stays readable JSON. Once the owner is forgotten the text reads as
 * {@link PersonalText#FORGOTTEN}; {@code "plain"} is what an upcast event of revision 1 (written
 * before encryption) carries.
 */
public final class SealedText {

    private SealedText() {
    }

    public static SimpleModule module(Keyring keyring) {
        SimpleModule module = new SimpleModule("openup-sealed-text");
        module.addSerializer(PersonalText.class, new Writer(keyring));
        module.addDeserializer(PersonalText.class, new Reader(keyring));
        return module;
    }

    private static final class Writer extends JsonSerializer<PersonalText> {
        private final Keyring keyring;

        Writer(Keyring keyring) {
            this.keyring = keyring;
        }

        @Override
        public void serialize(PersonalText value, JsonGenerator out, SerializerProvider serializers) throws IOException {
            out.writeStartObject();
            out.writeStringField("by", value.owner());
            Optional<byte[]> sealed = value.isForgotten() ? Optional.empty() : keyring.encrypt(value.owner(), value.text());
            if (sealed.isPresent()) {
                out.writeStringField("aes", Base64.getEncoder().encodeToString(sealed.get()));
            } else {
                out.writeBooleanField("forgotten", true);
            }
            out.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<PersonalText> {
        private final Keyring keyring;

        Reader(Keyring keyring) {
            this.keyring = keyring;
        }

        @Override
        public PersonalText deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode node = in.readValueAsTree();
            if (!node.isObject() || !node.hasNonNull("by")) {
                throw context.weirdStringException(node.toString(), PersonalText.class,
                        "personal text must be an object with its owner");
            }
            String owner = node.get("by").asText();
            if (node.hasNonNull("aes")) {
                return new PersonalText(owner, keyring.decrypt(owner, Base64.getDecoder().decode(node.get("aes").asText())));
            }
            if (node.hasNonNull("plain")) {
                return new PersonalText(owner, node.get("plain").asText());
            }
            return new PersonalText(owner, PersonalText.FORGOTTEN);
        }
    }
}
