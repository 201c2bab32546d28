package fr.spyrales.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/** What request bodies may contain, beyond their schema: refused here, a precise 400 rather than a surprise later. */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {
    static final String CONTROL_MESSAGE = "Caractère non accepté (caractère de contrôle).";

    @Override
    public void customize(ObjectMapper mapper) {
        // 3.9 for a level is a mistake to report, not a 3 to save; "true" in quotes is not a boolean.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // {"token":"a","token":"b"} or a second document after the first: which one was meant?
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("spyrales-strings").addDeserializer(String.class, new PrintableString()));
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
}
