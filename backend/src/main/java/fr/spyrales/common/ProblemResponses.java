package fr.spyrales.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return of(type, detail, instance, errors, Map.of());
    }

    public static Response of(
            ProblemType type,
            String detail,
            String instance,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        Problem body = new Problem(
                type.uri(), type.title(), type.status(), detail, instance, errors, RequestIds.current(), extensions);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    /** The problem as JSON, for the routes that answer outside the REST layer. */
    public static String toJson(ProblemType type, String detail, String instance, String requestId) {
        return "{\"type\":\"" + type.uri() + "\",\"title\":\"" + escape(type.title()) + "\",\"status\":" + type.status()
                + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(instance) + "\""
                + (requestId == null ? "" : ",\"requestId\":\"" + escape(requestId) + "\"") + "}";
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
