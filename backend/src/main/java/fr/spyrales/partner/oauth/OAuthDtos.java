package fr.spyrales.partner.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token endpoint's answers, named as RFC 6749 names them (snake_case). */
public final class OAuthDtos {
    private OAuthDtos() {}

    @Schema(name = "PartnerToken", description = "Un jeton d'accès (RFC 6749 §5.1).")
    public record TokenResponse(
            @Schema(required = true, description = "Le jeton, à présenter dans Authorization: Bearer.")
            @JsonProperty("access_token")
            String accessToken,

            @Schema(required = true, enumeration = "Bearer") @JsonProperty("token_type")
            String tokenType,

            @Schema(required = true, description = "Durée de vie du jeton, en secondes.", example = "600")
            @JsonProperty("expires_in")
            long expiresIn,

            @Schema(
                    required = true,
                    description = "Les portées du jeton, séparées par des espaces.",
                    example = "events:read resources:read")
            String scope) {}

    @Schema(name = "OAuthError", description = "Un refus du point de jeton (RFC 6749 §5.2).")
    public record ErrorResponse(
            @Schema(
                    required = true,
                    enumeration = {
                        "invalid_request",
                        "invalid_client",
                        "invalid_grant",
                        "unauthorized_client",
                        "unsupported_grant_type",
                        "invalid_scope"
                    })
            String error,

            @Schema(required = true, description = "L'explication, en français.") @JsonProperty("error_description")
            String errorDescription) {}
}
