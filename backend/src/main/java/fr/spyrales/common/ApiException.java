package fr.spyrales.common;

import java.util.List;
import java.util.Map;

/** A refusal the client should understand: becomes a problem+json response. */
public class ApiException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Long retryAfterSeconds;
    private final Map<String, Object> extensions;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors, Long retryAfterSeconds) {
        this(type, detail, errors, retryAfterSeconds, Map.of());
    }

    private ApiException(
            ProblemType type,
            String detail,
            List<Problem.FieldError> errors,
            Long retryAfterSeconds,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
        this.extensions = extensions;
    }

    /** A problem with one extension member beside the standard ones, documented by the operation that answers it. */
    public static ApiException withExtension(ProblemType type, String detail, String member, Object value) {
        return new ApiException(type, detail, List.of(), null, Map.of(member, value));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(
                ProblemType.VALIDATION,
                "Certains champs sont invalides.",
                List.of(new Problem.FieldError(field, message)),
                null);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
