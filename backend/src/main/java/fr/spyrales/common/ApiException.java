package fr.spyrales.common;

import java.util.List;

/** A refusal the client should understand: becomes a problem+json response. */
public class ApiException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Long retryAfterSeconds;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "Certains champs sont invalides.",
                List.of(new Problem.FieldError(field, message)), null);
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
}
