package fr.spyrales.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem with a French detail, and never leaks a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * PostgreSQL's answers to transactions in each other's way: chosen as a deadlock's victim, a serialization
     * failure, a lock not granted in time. The transaction was rolled back whole, and the same request sent again
     * succeeds.
     */
    private static final Set<String> CONCURRENCY_FAILURES = Set.of("40P01", "40001", "55P03");

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response response = ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors(), e.extensions());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response)
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION, "Certains champs sont invalides.", path(uri), errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(
                ProblemType.VALIDATION,
                "Certains champs sont invalides.",
                path(uri),
                List.of(new Problem.FieldError(field, "Ce champ n'est pas reconnu.")));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        Class<?> target = e.getTargetType();
        String message;
        if (target != null && target.isEnum()) {
            message = "Valeur inconnue. Valeurs acceptées : "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", ")) + ".";
        } else if (target == UUID.class) {
            message = "Identifiant mal formé.";
        } else if (target == java.time.LocalDate.class) {
            message = "Date attendue, au format AAAA-MM-JJ.";
        } else if (target == String.class) {
            message = e.getValue() instanceof String ? JsonInput.CONTROL_MESSAGE : JsonInput.TEXT_EXPECTED;
        } else if (target == int.class
                || target == Integer.class
                || target == long.class
                || target == Long.class
                || target == short.class
                || target == Short.class) {
            message = "Nombre entier attendu.";
        } else {
            message = "Valeur mal formée.";
        }
        return ProblemResponses.of(
                ProblemType.VALIDATION,
                "Certains champs sont invalides.",
                path(uri),
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST, "Le corps de la requête doit être un objet JSON.", path(uri));
        }
        return ProblemResponses.of(
                ProblemType.VALIDATION,
                "Certains champs sont invalides.",
                path(uri),
                List.of(new Problem.FieldError(field, "Type de valeur incorrect.")));
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemType.MALFORMED_REQUEST, "Le corps de la requête n'est pas un JSON valide.", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return unreadableBody(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException refused) {
            // A parameter converter that names the parameter it refuses.
            return api(refused, uri);
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            // A path or query parameter that could not be converted (UUID, number).
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST,
                    "Un paramètre de la requête est mal formé (identifiant ou nombre attendu).",
                    path(uri));
        }
        return ProblemResponses.of(ProblemType.NOT_FOUND, "Aucune ressource à cette adresse.", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response problem = ProblemResponses.of(
                ProblemType.METHOD_NOT_ALLOWED, "Cette méthode HTTP n'est pas acceptée à cette adresse.", path(uri));
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null
                ? problem
                : Response.fromResponse(problem).header("Allow", allow).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Le corps de la requête doit être envoyé en application/json.",
                path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemType.NOT_ACCEPTABLE, "Cette ressource est disponible en application/json.", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticatedResponse(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticatedResponse(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Votre rôle ne permet pas cette action.", path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException c) {
            return unrecognizedField(c, uri);
        } else if (cause instanceof InvalidFormatException c) {
            return invalidFormat(c, uri);
        } else if (cause instanceof MismatchedInputException c) {
            return mismatchedInput(c, uri);
        } else if (cause instanceof JsonParseException c) {
            return malformedJson(c, uri);
        } else if (cause instanceof JsonProcessingException c) {
            return otherJson(c, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = status == 401
                ? ProblemType.UNAUTHENTICATED
                : status == 403
                        ? ProblemType.FORBIDDEN
                        : status == 404 ? ProblemType.NOT_FOUND : ProblemType.MALFORMED_REQUEST;
        String detail = switch (type) {
            case UNAUTHENTICATED -> "Connectez-vous pour accéder à cette ressource.";
            case FORBIDDEN -> "Votre rôle ne permet pas cette action.";
            case NOT_FOUND -> "Aucune ressource à cette adresse.";
            default -> "La requête est mal formée (paramètre ou en-tête invalide).";
        };
        return ProblemResponses.of(type, detail, path(uri));
    }

    /** A body Jackson cannot bind (a duplicated record field); Quarkus's own mapper would answer an empty 500. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unreadableBody(uri);
    }

    /**
     * The request body could not be read off the connection (a malformed chunk, say). Requests do no other I/O
     * than the database (SQLException) and JSON, which have their own mappers.
     */
    @ServerExceptionMapper(priority = 2)
    public Response unreadable(IOException e, UriInfo uri) {
        return unreadableBody(uri);
    }

    @ServerExceptionMapper(priority = 10)
    public Response internal(Throwable e, UriInfo uri) {
        // The request id is the incident's reference: in the problem (requestId), the header and this log line.
        String incident = RequestIds.current();
        if (incident == null) {
            incident = UUID.randomUUID().toString();
        }
        if (concurrencyFailure(e)) {
            LOG.warnf("Transactions in each other's way, incident %s: %s", incident, e);
            return Response.fromResponse(ProblemResponses.of(
                            ProblemType.CONFLICT,
                            "Une autre opération modifiait les mêmes données au même instant : rien n'a été"
                                    + " enregistré. Réessayez.",
                            path(uri)))
                    .header("Retry-After", "1")
                    .build();
        }
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return ProblemResponses.of(
                ProblemType.INTERNAL,
                "Une erreur inattendue s'est produite. Référence de l'incident : " + incident + ".",
                path(uri));
    }

    static boolean concurrencyFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && CONCURRENCY_FAILURES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Response unreadableBody(UriInfo uri) {
        return ProblemResponses.of(
                ProblemType.MALFORMED_REQUEST, "Le corps de la requête n'a pas pu être lu.", path(uri));
    }

    private static Response unauthenticatedResponse(UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(
                        ProblemType.UNAUTHENTICATED,
                        "Connectez-vous pour accéder à cette ressource (jeton absent, invalide ou expiré).",
                        path(uri)))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** `register.body.skills[0].level` → `skills[0].level`; a query parameter keeps its own name. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> {
                    field.setLength(0);
                    field.append(node.getName());
                }
                default -> {
                    if (field.length() > 0 && isParameterOnly(violation, field)) {
                        field.setLength(0);
                    }
                    if (node.isInIterable()) {
                        field.append('[')
                                .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.toString();
    }

    private static boolean isParameterOnly(ConstraintViolation<?> violation, StringBuilder field) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.getName().contentEquals(field);
            }
        }
        return false;
    }
}
