package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a request body may contain, read by the application's JSON settings without the application: a value
 * that is not exactly what the contract says is refused (a 400) rather than saved as something else.
 */
class JsonInputTest {
    private enum Level {
        BEGINNER,
        EXPERT
    }

    private record Body(String text, int level, boolean flag, Level choice, UUID id, LocalDate day) {}

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonInput().customize(mapper);
        return mapper;
    }

    @Test
    void keepsTabsAndLineBreaksInText() throws JsonProcessingException {
        assertEquals(
                "Bonjour,\n\tà jeudi\r\n",
                read("{\"text\": \"Bonjour,\\n\\tà jeudi\\r\\n\"}").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001", "\\u001f", "\\u007f"})
    void refusesControlCharactersInText(String escaped) {
        assertRefused("{\"text\": \"Jean" + escaped + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "9223372036854775807", "1.5", "false"})
    void refusesANumberOrABooleanWhereTextIsExpected(String value) {
        assertRefused("{\"text\": " + value + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"level\": 3.9}", "{\"level\": \"3\"}", "{\"flag\": \"true\"}", "{\"flag\": 1}"})
    void refusesNumbersAndBooleansThatAreNotExactlyOne(String body) {
        assertRefused(body);
    }

    @Test
    void readsAnEnumByItsExactName() throws JsonProcessingException {
        assertEquals(Level.EXPERT, read("{\"choice\": \"EXPERT\"}").choice());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "\"expert\"", "\" EXPERT\"", "\"EXPERT\\u001f\"", "\"EXPERTE\""})
    void refusesAnythingButTheExactNameOfAnEnum(String value) {
        assertRefused("{\"choice\": " + value + "}");
    }

    @Test
    void readsIdentifiersAndDatesSentExactly() throws JsonProcessingException {
        UUID id = UUID.randomUUID();
        Body body = read("{\"id\": \"" + id + "\", \"day\": \"2026-03-19\"}");
        assertEquals(id, body.id());
        assertEquals(LocalDate.of(2026, 3, 19), body.day());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"day\": \" 2026-03-19\"}",
                "{\"day\": \"2026-03-19\\u001f\"}",
                "{\"id\": \"4a6b9f0e-8f4e-4b8a-9a53-0a1c2d3e4f50 \"}"
            })
    void refusesIdentifiersAndDatesWithAnythingAroundThem(String body) {
        assertRefused(body);
    }

    @Test
    void refusesAKeyGivenTwiceOrASecondDocument() {
        assertRefused("{\"text\": \"a\", \"text\": \"b\"}");
        assertRefused("{\"text\": \"a\"} {\"text\": \"b\"}");
    }

    private Body read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Body.class);
    }

    private void assertRefused(String json) {
        assertThrows(JsonProcessingException.class, () -> read(json), json);
    }
}
