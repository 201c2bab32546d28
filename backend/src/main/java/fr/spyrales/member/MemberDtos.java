package fr.spyrales.member;

import fr.spyrales.privacy.PersonalDataSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the profile and directory endpoints. */
public final class MemberDtos {
    /**
     * A Tchap agent's Matrix user id, {@code @jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr}: a localpart
     * of the characters Matrix allows (lower case letters, digits, {@code . _ = - /}) on an agents' homeserver,
     * {@code agent.<ministère>.tchap.gouv.fr} or {@code agent.tchap.gouv.fr}; or nothing (blank clears it). The
     * database checks the same form (V28).
     */
    public static final String TCHAP_HANDLE =
            "^\\s*$|^\\s*@[a-z0-9._=/-]+:agent(\\.[a-z0-9-]+)?\\.tchap\\.gouv\\.fr\\s*$";

    /** The field error of a handle of another form, with an example. */
    public static final String TCHAP_HANDLE_MESSAGE =
            "Saisissez votre identifiant Tchap complet, en minuscules, par exemple"
                    + " @jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr (dans Tchap : Paramètres › Général).";

    private MemberDtos() {}

    @Schema(name = "OrganizationRef")
    public record OrganizationRef(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Institut national de la statistique et des études économiques")
            String name,

            @Schema(example = "INSEE") String acronym) {}

    @Schema(name = "MemberSkill", description = "Compétence déclarée, niveau auto-évalué de 1 (débutant) à 4 (expert).")
    public record MemberSkill(
            @Schema(required = true, example = "python") String code,
            @Schema(required = true, example = "Python") String name,

            @Schema(required = true, minimum = "1", maximum = "4", example = "3")
            int level) {}

    @Schema(name = "SkillRef", description = "Une compétence du référentiel.")
    public record SkillRef(
            @Schema(required = true, example = "r") String code,
            @Schema(required = true, example = "R") String name) {}

    @Schema(
            name = "MyProfile",
            description = "Le profil complet du membre connecté.",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = ProfileSection.KEY))
    public record MyProfile(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "elodie.martin@insee.fr")
            String email,

            @Schema(required = true, example = "Élodie") String firstName,
            @Schema(required = true, example = "Martin") String lastName,

            @Schema(required = true, example = "Élodie Martin")
            String displayName,

            @Schema(required = true, example = "[\"member\"]")
            List<String> roles,

            OrganizationRef organization,
            ServiceType serviceType,

            @Schema(description = "Code de la région (voir /regions).", example = "OCC")
            String region,

            Category category,

            @Schema(example = "Chargée d'études statistiques")
            String jobTitle,

            @Schema(example = "J'apprends R pour automatiser mes tableaux de bord.")
            String bio,

            @Schema(required = true) List<MemberSkill> skills,

            @Schema(required = true, description = "Compétences que le membre souhaite développer avec un mentor.")
            List<SkillRef> learningSkills,

            @Schema(required = true) boolean wantsMentor,
            @Schema(required = true) boolean canMentor,

            @Schema(required = true, minimum = "0", maximum = "5")
            int mentorCapacity,

            @Schema(example = "Une heure par semaine, plutôt le jeudi")
            String availability,

            @Schema(example = "@elodie.martin:agent.finances.tchap.gouv.fr")
            String tchapHandle,

            @Schema(required = true) Visibility visibility,
            @Schema(required = true) OffsetDateTime createdAt,

            @Schema(
                    required = true,
                    description =
                            "Les types de notification que le membre ne reçoit pas par e-mail (il les voit toujours dans l'application).",
                    example = "[\"REMINDER_NO_SESSION\"]")
            List<NotificationKind> emailOptOuts) {}

    @Schema(name = "MemberSummary", description = "Un membre tel qu'il apparaît dans l'annuaire.")
    public record MemberSummary(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Élodie Martin")
            String displayName,

            OrganizationRef organization,
            @Schema(example = "OCC") String region,
            Category category,

            @Schema(example = "Chargée d'études statistiques")
            String jobTitle,

            @Schema(required = true) List<MemberSkill> skills,
            @Schema(required = true) boolean canMentor,
            @Schema(required = true) boolean wantsMentor) {}

    @Schema(name = "MemberProfile", description = "La fiche publique d'un membre.")
    public record MemberProfile(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Élodie Martin")
            String displayName,

            @Schema(required = true, example = "Élodie") String firstName,
            @Schema(required = true, example = "Martin") String lastName,

            @Schema(required = true, example = "[\"member\"]")
            List<String> roles,

            OrganizationRef organization,
            ServiceType serviceType,
            @Schema(example = "OCC") String region,
            Category category,
            String jobTitle,
            String bio,
            @Schema(required = true) List<MemberSkill> skills,

            @Schema(required = true, description = "Compétences que le membre souhaite développer avec un mentor.")
            List<SkillRef> learningSkills,

            @Schema(required = true) boolean wantsMentor,
            @Schema(required = true) boolean canMentor,
            @Schema(required = true) int mentorCapacity,
            String availability,

            @Schema(required = true, description = "Nombre d'événements auxquels le membre a assisté.", example = "3")
            long eventsAttended) {}

    @Schema(name = "SkillLevelInput")
    public record SkillLevelInput(
            @Schema(required = true, example = "r") @NotBlank(message = "Choisissez une compétence.")
            String code,

            @Schema(required = true, minimum = "1", maximum = "4", example = "2")
            @NotNull(message = "Indiquez un niveau de 1 à 4.")
            @Min(value = 1, message = "Le niveau va de 1 à 4.")
            @Max(value = 4, message = "Le niveau va de 1 à 4.")
            Integer level) {}

    /**
     * A class, not a record: public fields are set only when present in the JSON, which tells
     * "absent" (unchanged) from "null" (cleared) — a record's constructor cannot.
     */
    @Schema(
            name = "ProfileUpdate",
            description =
                    "Champs à modifier ; un champ absent reste inchangé. Une chaîne vide efface un texte facultatif, null efface organizationId, serviceType ou category. Les listes skills, learningSkills et emailOptOuts, si présentes, remplacent les précédentes.")
    public static class ProfileUpdate {
        @Size(max = 80, message = "Le prénom ne doit pas dépasser 80 caractères.")
        public String firstName;

        @Size(max = 80, message = "Le nom ne doit pas dépasser 80 caractères.")
        public String lastName;

        @Size(max = 120, message = "Le nom affiché ne doit pas dépasser 120 caractères.")
        public String displayName;

        @Schema(nullable = true)
        public Optional<UUID> organizationId;

        @Schema(nullable = true)
        public Optional<ServiceType> serviceType;

        @Schema(example = "OCC")
        @Size(max = 10, message = "Région inconnue.")
        public String region;

        @Schema(nullable = true)
        public Optional<Category> category;

        @Size(max = 120, message = "L'intitulé de poste ne doit pas dépasser 120 caractères.")
        public String jobTitle;

        @Size(max = 2000, message = "La présentation ne doit pas dépasser 2 000 caractères.")
        public String bio;

        @Size(max = 30, message = "30 compétences au plus.")
        public List<@Valid @NotNull(message = "Compétence manquante.") SkillLevelInput> skills;

        @Schema(
                description =
                        "Codes des compétences à développer avec un mentor (5 au plus) ; la liste remplace la précédente.",
                example = "[\"r\", \"statistiques\"]")
        @Size(max = 5, message = "Choisissez 5 compétences à développer au plus.")
        public List<@NotBlank(message = "Compétence manquante.") String> learningSkills;

        public Boolean wantsMentor;
        public Boolean canMentor;

        @Schema(
                description =
                        "Nombre de personnes accompagnées à la fois (0 à 5). La réduire, ou cesser d'accompagner, "
                                + "n'interrompt pas les mentorats en cours : cela empêche seulement d'en accepter de nouveaux tant que "
                                + "les mentorats en cours et en pause atteignent la capacité.")
        @Min(value = 0, message = "La capacité de mentorat va de 0 à 5.")
        @Max(value = 5, message = "La capacité de mentorat va de 0 à 5.")
        public Integer mentorCapacity;

        @Size(max = 200, message = "Les disponibilités ne doivent pas dépasser 200 caractères.")
        public String availability;

        @Schema(
                description =
                        "Identifiant Tchap (Matrix) d'un agent : @prenom.nom-domaine:agent.<ministère>.tchap.gouv.fr"
                                + " (ou agent.tchap.gouv.fr), en minuscules ; vide pour l'effacer. Une fois un mentorat accepté, l'autre partie l'ouvre dans Tchap.",
                example = "@claire.fontaine-finances.gouv.fr:agent.finances.tchap.gouv.fr")
        @Size(max = 120, message = "L'identifiant Tchap ne doit pas dépasser 120 caractères.")
        @Pattern(regexp = TCHAP_HANDLE, message = TCHAP_HANDLE_MESSAGE)
        public String tchapHandle;

        public Visibility visibility;

        @Schema(
                description =
                        "Types de notification à ne plus recevoir par e-mail ; la liste remplace la précédente, une liste vide les réactive tous. Seuls les types envoyés par e-mail sont acceptés.",
                example = "[\"REMINDER_NO_SESSION\", \"FEEDBACK_ASKED\"]")
        @Size(max = 20, message = "Trop de types de notification.")
        public List<@NotNull(message = "Type de notification manquant.") NotificationKind> emailOptOuts;
    }
}
