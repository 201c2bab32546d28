package fr.spyrales.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the one error body of the API. {@code extensions} are written as members of their own
 * beside the standard ones (RFC 9457 §3.2), e.g. {@code runningRunId}; each operation that adds one documents it.
 * {@code requestId}, an extension member every problem carries, names the request in the logs ({@link RequestIds}).
 */
@Schema(name = "Problem", description = "Erreur au format RFC 9457 (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(example = "urn:spyrales:problem:validation") String type,
        @Schema(example = "Requête invalide") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Certains champs sont invalides.") String detail,
        @Schema(example = "/api/v1/auth/register") String instance,
        List<FieldError> errors,

        @Schema(
                description = "Identifiant de la requête, aussi renvoyé dans l'en-tête X-Request-Id et présent"
                        + " dans les journaux du service : donnez-le en signalant une erreur.",
                example = "3f2b8c1e-6a4d-4f0b-9e2a-5c7d8e9f0a1b")
        String requestId,

        @Schema(hidden = true) @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "Erreur portant sur un champ de la requête.")
    public record FieldError(
            @Schema(example = "email") String field,

            @Schema(example = "L'adresse e-mail est obligatoire.")
            String message) {}
}
