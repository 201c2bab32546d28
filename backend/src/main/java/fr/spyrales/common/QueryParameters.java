package fr.spyrales.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query and path parameters: refused with the parameter's name when they cannot mean what the API says. */
@Provider
public class QueryParameters implements ParamConverterProvider {
    static final String NUL_MESSAGE = "Caractère non accepté (caractère nul).";

    /** PostgreSQL cannot compare text with U+0000: such a parameter would end in a 500. */
    @ServerRequestFilter(preMatching = true)
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

    /** JAX-RS reads any word but "true" as false; a filter then silently answers another question. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
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

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "paramètre";
    }
}
