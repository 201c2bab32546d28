package fr.spyrales.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query and path parameters: refused with the parameter's name when they cannot mean what the API says. */
@Provider
public class RequestParameters implements ParamConverterProvider {
    static final String NUL_MESSAGE = "Caractère non accepté (caractère nul).";

    /** PostgreSQL cannot compare text with U+0000: such a parameter would end in a 500. */
    @ServerRequestFilter
    public void refuseNulCharacters(ContainerRequestContext request) {
        refuseNul(request.getUriInfo().getQueryParameters());
        refuseNul(request.getUriInfo().getPathParameters());
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                throw ApiException.invalidField(parameter.getKey(), NUL_MESSAGE);
            }
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) strictBoolean(nameOf(annotations));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) identifier(nameOf(annotations));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumParameter(rawType, nameOf(annotations));
        }
        return null;
    }

    /** JAX-RS reads any word but "true" as false; a filter then silently answers another question. */
    private static ParamConverter<Boolean> strictBoolean(String name) {
        return new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null) {
                    return null;
                }
                if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                    return Boolean.valueOf(value);
                }
                throw ApiException.invalidField(name, "Valeur attendue : true ou false.");
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }

    private static ParamConverter<UUID> identifier(String name) {
        return new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalidField(name, "Identifiant mal formé.");
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }

    /** Any case (`role=mentor` as the documents say it, or `MENTOR`), and a refusal that lists the values. */
    private record EnumParameter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value.trim())) {
                    return constant;
                }
            }
            throw ApiException.invalidField(
                    name,
                    "Valeur inconnue. Valeurs acceptées : "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")) + ".");
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "paramètre";
    }
}
