package fr.spyrales.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.UUID;

/** What request bodies may contain, beyond their schema: refused here, a precise 400 rather than a surprise later. */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {
    static final String CONTROL_MESSAGE = "Caractère non accepté (caractère de contrôle).";
    static final String TEXT_EXPECTED = "Texte attendu (entre guillemets).";

    @Override
    public void customize(ObjectMapper mapper) {
        // 3.9 for a level is a mistake to report, not a 3 to save; "true" in quotes is not a boolean.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // Nor is false a title, 9223372036854775807 a last name, or 0 the first reason of a list.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // {"token":"a","token":"b"} or a second document after the first: which one was meant?
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("spyrales-strings")
                .addDeserializer(String.class, new PrintableString())
                .setDeserializerModifier(new ExactValues()));
    }

    /**
     * Control characters (but tab and line breaks) have no place in a name or a message. U+0000 cannot even be
     * stored by PostgreSQL, and the others vanish when the text is trimmed, leaving an empty required field.
     */
    static final class PrintableString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.chars().anyMatch(PrintableString::isForbidden)) {
                throw InvalidFormatException.from(parser, "control character", value, String.class);
            }
            return value;
        }

        private static boolean isForbidden(int c) {
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
        }
    }

    /**
     * Jackson trims a value before reading an enum, a date or an identifier from it, control characters included:
     * COMMUNITY followed by U+001F was read as COMMUNITY, and a date followed by it as that date. Such values are
     * taken exactly as sent: one of the names the contract lists, a date or an identifier with nothing around it.
     */
    static final class ExactValues extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new StdDeserializer<Object>(type) {
                @Override
                public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                        return deserializer.deserialize(parser, context);
                    }
                    String text = parser.getText();
                    for (Object constant : type.getRawClass().getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(text)) {
                            return constant;
                        }
                    }
                    throw InvalidFormatException.from(
                            parser, "not one of the names of " + type, text, type.getRawClass());
                }
            };
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            boolean readFromText = type == UUID.class || type.getPackageName().equals("java.time");
            return readFromText ? new UntrimmedText(type, deserializer) : deserializer;
        }
    }

    /** Refuses a value with spaces or control characters around or in it, then lets the type's own reader read it. */
    static final class UntrimmedText extends StdDeserializer<Object> implements ContextualDeserializer {
        private final JsonDeserializer<?> reader;

        UntrimmedText(Class<?> type, JsonDeserializer<?> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return reader instanceof ContextualDeserializer contextual
                    ? new UntrimmedText(handledType(), contextual.createContextual(context, property))
                    : this;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isISOControl)) {
                    throw InvalidFormatException.from(parser, "spaces or control characters", text, handledType());
                }
            }
            return reader.deserialize(parser, context);
        }
    }
}
