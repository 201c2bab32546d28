package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query and path parameters read strictly, refused with the parameter's name, without the application. */
class RequestParametersTest {
    private enum Role {
        MENTOR,
        MENTEE
    }

    private final RequestParameters parameters = new RequestParameters();

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True"})
    void readsTrueInAnyCase(String value) {
        assertEquals(Boolean.TRUE, converter(Boolean.class, query("canMentor")).fromString(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "", "vrai"})
    void refusesAnyOtherWordForABooleanRatherThanReadingItAsFalse(String value) {
        assertRefused(
                "canMentor",
                "Valeur attendue : true ou false.",
                () -> converter(boolean.class, query("canMentor")).fromString(value));
    }

    @Test
    void readsAnIdentifierAndRefusesAMalformedOneByItsPathName() {
        UUID id = UUID.randomUUID();
        ParamConverter<UUID> identifier = converter(UUID.class, path("id"));
        assertEquals(id, identifier.fromString(id.toString()));
        assertRefused("id", "Identifiant mal formé.", () -> identifier.fromString("42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mentor", "MENTOR", "Mentor", " mentor "})
    void readsAnEnumInAnyCase(String value) {
        assertEquals(Role.MENTOR, converter(Role.class, query("role")).fromString(value));
    }

    @Test
    void refusesAnUnknownEnumValueListingTheAcceptedOnes() {
        assertRefused(
                "role",
                "Valeur inconnue. Valeurs acceptées : MENTOR, MENTEE.",
                () -> converter(Role.class, query("role")).fromString("animateur"));
    }

    @Test
    void anAbsentParameterStaysAbsent() {
        assertNull(converter(Boolean.class, query("canMentor")).fromString(null));
        assertNull(converter(UUID.class, path("id")).fromString(null));
        assertNull(converter(Role.class, query("role")).fromString(null));
    }

    @Test
    void leavesOtherTypesToTheFramework() {
        assertNull(parameters.getConverter(String.class, String.class, new Annotation[] {query("q")}));
        assertNull(parameters.getConverter(Integer.class, Integer.class, new Annotation[] {query("page")}));
    }

    private <T> ParamConverter<T> converter(Class<T> type, Annotation annotation) {
        return parameters.getConverter(type, type, new Annotation[] {annotation});
    }

    private static void assertRefused(String field, String message, Runnable conversion) {
        ApiException refusal = assertThrows(ApiException.class, conversion::run);
        assertEquals(ProblemType.VALIDATION, refusal.type());
        assertEquals(List.of(new Problem.FieldError(field, message)), refusal.errors());
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }

    private static PathParam path(String name) {
        return new PathParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };
    }
}
