package fr.spyrales.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the partner clients' administration. */
public final class PartnerDtos {
    static final String NAME_SIZE = "Le nom doit faire entre 1 et 120 caractères.";
    static final String NOT_BLANK = ".*\\S.*";
    static final String SCOPE_PATTERN =
            "members:read|mentorships:read|events:read|resources:read|resources:write|projects:read|stats:read";
    static final String SCOPE_UNKNOWN =
            "Portée inconnue. Portées acceptées : members:read, mentorships:read, events:read,"
                    + " resources:read, resources:write, projects:read, stats:read.";
    static final String RATE_RANGE = "La limite doit être comprise entre 1 et 100 000 appels par minute.";
    static final String CIDR_SIZE = "Une plage d'adresses fait au plus 43 caractères.";

    private PartnerDtos() {}

    @Schema(name = "PartnerClientCreate", description = "Un client d'API partenaire à enregistrer.")
    public record PartnerClientCreate(
            @Schema(required = true, example = "Intranet du ministère de l'Agriculture")
            @NotNull(message = "Indiquez le nom du client.")
            @Pattern(regexp = NOT_BLANK, message = "Le nom ne peut pas être vide.")
            @Size(min = 1, max = 120, message = NAME_SIZE)
            String name,

            @Schema(required = true, example = "dsi-integration@agriculture.gouv.fr")
            @NotBlank(message = "Indiquez l'adresse du contact technique.")
            @Email(message = "Adresse e-mail invalide.")
            @Size(max = 254, message = "L'adresse fait au plus 254 caractères.")
            String contactEmail,

            @Schema(required = true, description = "L'administration du client (référentiel des organisations).")
            @NotNull(message = "Indiquez l'organisation.")
            UUID organizationId,

            @Schema(required = true, description = "Les portées accordées.", example = "[\"events:read\"]")
            @NotEmpty(message = "Accordez au moins une portée.")
            @Size(max = 7, message = SCOPE_UNKNOWN)
            Set<@NotNull(message = SCOPE_UNKNOWN) @Pattern(regexp = SCOPE_PATTERN, message = SCOPE_UNKNOWN) String>
                    scopes,

            @Schema(required = true, example = "120", minimum = "1", maximum = "100000")
            @NotNull(message = "Indiquez la limite d'appels par minute.")
            @Min(value = 1, message = RATE_RANGE)
            @Max(value = 100000, message = RATE_RANGE)
            Integer rateLimitPerMinute,

            @Schema(
                    description = "Plages d'adresses (CIDR) autorisées à demander un jeton ; vide : toutes.",
                    example = "[\"203.0.113.0/24\"]")
            @Size(max = 20, message = "Au plus 20 plages d'adresses.")
            List<@NotNull(message = "Plage d'adresses manquante.") @Size(max = 43, message = CIDR_SIZE) String>
                    ipAllowlist,

            @Schema(description = "Date de fin de validité ; absente : sans fin.")
            OffsetDateTime expiresAt) {}

    /**
     * A class, not a record: a field absent from the JSON stays unchanged, while null clears the optional ones
     * (ipAllowlist: any address, expiresAt: no end).
     */
    @Schema(
            name = "PartnerClientUpdate",
            description = "Les champs à changer (merge patch) : un champ absent reste tel quel ; null efface"
                    + " expiresAt (sans fin).")
    public static class PartnerClientUpdate {
        @Pattern(regexp = NOT_BLANK, message = "Le nom ne peut pas être vide.")
        @Size(min = 1, max = 120, message = NAME_SIZE)
        public String name;

        @Email(message = "Adresse e-mail invalide.")
        @Pattern(regexp = NOT_BLANK, message = "L'adresse ne peut pas être vide.")
        @Size(max = 254, message = "L'adresse fait au plus 254 caractères.")
        public String contactEmail;

        public UUID organizationId;

        @Size(min = 1, max = 7, message = "Accordez entre une et sept portées.")
        public Set<@NotNull(message = SCOPE_UNKNOWN) @Pattern(regexp = SCOPE_PATTERN, message = SCOPE_UNKNOWN) String>
                scopes;

        @Min(value = 1, message = RATE_RANGE)
        @Max(value = 100000, message = RATE_RANGE)
        public Integer rateLimitPerMinute;

        @Size(max = 20, message = "Au plus 20 plages d'adresses.")
        public List<@NotNull(message = "Plage d'adresses manquante.") @Size(max = 43, message = CIDR_SIZE) String>
                ipAllowlist;

        @Schema(nullable = true, description = "null : sans fin.")
        public Optional<OffsetDateTime> expiresAt;
    }

    @Schema(name = "PartnerClient", description = "Un client d'API partenaire (sans son secret).")
    public record PartnerClientView(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Intranet du ministère de l'Agriculture")
            String name,

            @Schema(required = true) String contactEmail,
            @Schema(required = true) UUID organizationId,
            @Schema(required = true) String organizationName,
            @Schema(required = true) List<String> scopes,
            @Schema(required = true, example = "120") int rateLimitPerMinute,
            @Schema(required = true) List<String> ipAllowlist,
            @Schema(nullable = true) OffsetDateTime expiresAt,
            @Schema(nullable = true) OffsetDateTime revokedAt,

            @Schema(
                    required = true,
                    enumeration = {"ACTIVE", "EXPIRED", "REVOKED"})
            String status,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(
            name = "PartnerClientWithSecret",
            description = "Le client et son secret, montré cette fois seulement : il n'est conservé que haché.")
    public record PartnerClientWithSecret(
            @Schema(required = true) PartnerClientView client,

            @Schema(required = true, description = "L'identifiant à présenter (client_id).")
            String clientId,

            @Schema(required = true, description = "Le secret (client_secret), montré une seule fois.")
            String clientSecret) {}

    @Schema(name = "PartnerSecretRotation", description = "Le nouveau secret, montré cette fois seulement.")
    public record SecretRotation(
            @Schema(required = true) String clientId,

            @Schema(required = true, description = "Le nouveau secret, montré une seule fois.")
            String clientSecret,

            @Schema(required = true, description = "L'ancien secret reste accepté jusqu'à cette date.")
            OffsetDateTime previousSecretValidUntil) {}

    @Schema(name = "PartnerClientChange", description = "Un changement du client : quoi, par qui, quand.")
    public record ChangeView(
            @Schema(
                    required = true,
                    enumeration = {"CREATED", "UPDATED", "SECRET_ROTATED", "REVOKED"})
            String kind,

            @Schema(nullable = true, description = "L'administrateur (absent s'il n'est pas connu).")
            UUID changedBy,

            @Schema(required = true, example = "Alex Admin") String changedByName,
            @Schema(required = true) OffsetDateTime changedAt,

            @Schema(required = true, description = "Les champs changés (UPDATED).")
            List<String> fields) {}

    @Schema(name = "PartnerClientUsageDay", description = "Les appels d'un jour (UTC).")
    public record UsageDay(
            @Schema(required = true) LocalDate day,

            @Schema(required = true, description = "Appels reçus.")
            long calls,

            @Schema(required = true, description = "Réponses en erreur (4xx et 5xx).")
            long errors,

            @Schema(required = true, description = "Appels refusés pour dépassement de la limite (429).")
            long throttled) {}

    @Schema(name = "PartnerClientUsage", description = "L'usage des 30 derniers jours, jour par jour.")
    public record Usage(
            @Schema(required = true) UUID clientId,
            @Schema(required = true) List<UsageDay> days,
            @Schema(required = true) long calls,
            @Schema(required = true) long errors,
            @Schema(required = true) long throttled) {}
}
