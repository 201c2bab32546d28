package fr.spyrales.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
    @Override
    public void customize(ObjectMapper mapper) {
        // 3.9 for a level is a mistake to report, not a 3 to save.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("spyrales-strings").addDeserializer(String.class, new NoNulString()));
    }

    /** PostgreSQL cannot store U+0000 in text: such a string would fail at the database with a 500. */
    static final class NoNulString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "NUL character", value, String.class);
            }
            return value;
        }
    }
}
