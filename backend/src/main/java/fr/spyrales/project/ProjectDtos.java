package fr.spyrales.project;

import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.DatasetView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the project endpoints. */
public final class ProjectDtos {
    /** An https address, without spaces. */
    static final String HTTPS_URL = "^https://[^\\s/]+\\S*$";

    static final String HTTPS_ONLY = "Indiquez une adresse en https://.";

    private ProjectDtos() {}

    @Schema(name = "SkillSought", description = "Une compétence que le projet recherche, et le niveau voulu (1 à 4).")
    public record SkillSought(
            @Schema(required = true, example = "python")
            @NotBlank(message = "Choisissez une compétence.")
            @Size(max = 40, message = "Compétence inconnue.")
            String skillCode,

            @Schema(required = true, example = "2", minimum = "1", maximum = "4")
            @Min(value = 1, message = "Le niveau va de 1 à 4.")
            @Max(value = 4, message = "Le niveau va de 1 à 4.")
            int level) {}

    @Schema(name = "ProjectCreate")
    public record ProjectCreate(
            @Schema(
                    required = true,
                    example = "Suivi de l'épidémie de COVID-19 avec les données de Santé publique France")
            @NotBlank(message = "Donnez un titre au projet.")
            @Size(min = 3, max = 120, message = "Le titre fait entre 3 et 120 caractères.")
            String title,

            @Schema(required = true, example = "Des tableaux de bord hebdomadaires à partir des données hospitalières.")
            @NotBlank(message = "Résumez le projet en une phrase.")
            @Size(max = 300, message = "Le résumé ne doit pas dépasser 300 caractères.")
            String summary,

            @Schema(description = "Description en Markdown.", example = "## Objectif\n\nSuivre les hospitalisations.")
            @Size(max = 20000, message = "La description ne doit pas dépasser 20 000 caractères.")
            String description,

            @Schema(description = "Jusqu'à dix thèmes.", example = "[\"santé\", \"épidémiologie\"]")
            @Size(max = 10, message = "Indiquez au plus dix thèmes.")
            List<
                            @NotBlank(message = "Un thème ne peut pas être vide.")
                            @Size(max = 40, message = "Un thème ne dépasse pas 40 caractères.") String>
                    topics,

            @Schema(required = true) @NotNull(message = "Indiquez le langage du projet.")
            ProjectLanguages languages,

            @Schema(description = "Le projet accueille les débutants.")
            boolean welcomesBeginners,

            @Schema(description = "IDEA par défaut.") ProjectStatus status,

            @Schema(example = "https://github.com/spyrales/suivi-covid")
            @Size(max = 500, message = "L'adresse ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY)
            String repositoryUrl,

            @Schema(example = "https://tchap.gouv.fr/#/room/#suivi-covid:agent.tchap.gouv.fr")
            @Size(max = 500, message = "L'adresse ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY)
            String tchapRoomUrl,

            @Schema(
                    description = "Taille maximale de l'équipe, responsables compris ; sans limite si absente.",
                    example = "6")
            @Min(value = 1, message = "La taille de l'équipe va de 1 à 50.")
            @Max(value = 50, message = "La taille de l'équipe va de 1 à 50.")
            Integer maxTeamSize,

            @Schema(description = "Compétences recherchées, avec le niveau voulu.")
            @Size(max = 20, message = "Indiquez au plus vingt compétences.")
            List<@Valid @NotNull(message = "Une compétence ne peut pas être vide.") SkillSought> skillsSought,

            @Schema(required = true, description = "« " + ProjectAttestation.TEXT + " » : doit valoir true.")
            @NotNull(message = "Attestez que le projet n'utilise que des données ouvertes.")
            Boolean openDataAttestation,

            @Schema(
                    description = "Jusqu'à dix jeux de données à déclarer dès la création, vérifiés comme par"
                            + " addProjectDataset : un seul refusé (erreur sur datasets[i]) et rien n'est créé.")
            @Size(
                    max = ProjectDatasets.MAX_AT_CREATION,
                    message = "Déclarez au plus dix jeux de données à la création.")
            List<@Valid @NotNull(message = "Un jeu de données ne peut pas être vide.") DatasetInput> datasets) {}

    @Schema(
            name = "ProjectUpdate",
            description = "Les champs à changer ; un champ absent reste tel quel, une adresse vide (\"\") s'efface, "
                    + "maxTeamSize à 0 retire la limite. Les animateurs ne peuvent changer que status, vers ARCHIVED.")
    public record ProjectUpdate(
            @Size(min = 3, max = 120, message = "Le titre fait entre 3 et 120 caractères.")
            String title,

            @Size(min = 1, max = 300, message = "Le résumé fait entre 1 et 300 caractères.")
            String summary,

            @Size(max = 20000, message = "La description ne doit pas dépasser 20 000 caractères.")
            String description,

            @Size(max = 10, message = "Indiquez au plus dix thèmes.")
            List<
                            @NotBlank(message = "Un thème ne peut pas être vide.")
                            @Size(max = 40, message = "Un thème ne dépasse pas 40 caractères.") String>
                    topics,

            ProjectLanguages languages,
            Boolean welcomesBeginners,
            @Schema(example = "ARCHIVED") ProjectStatus status,

            @Size(max = 500, message = "L'adresse ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = "|" + HTTPS_URL, message = HTTPS_ONLY)
            String repositoryUrl,

            @Size(max = 500, message = "L'adresse ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = "|" + HTTPS_URL, message = HTTPS_ONLY)
            String tchapRoomUrl,

            @Min(value = 0, message = "La taille de l'équipe va de 1 à 50 (0 : sans limite).")
            @Max(value = 50, message = "La taille de l'équipe va de 1 à 50 (0 : sans limite).")
            Integer maxTeamSize,

            @Size(max = 20, message = "Indiquez au plus vingt compétences.")
            List<@Valid @NotNull(message = "Une compétence ne peut pas être vide.") SkillSought> skillsSought) {

        /** Only the status, to ARCHIVED: what an animateur who is not a lead may change. */
        boolean onlyArchives() {
            return status == ProjectStatus.ARCHIVED
                    && title == null
                    && summary == null
                    && description == null
                    && topics == null
                    && languages == null
                    && welcomesBeginners == null
                    && repositoryUrl == null
                    && tchapRoomUrl == null
                    && maxTeamSize == null
                    && skillsSought == null;
        }
    }

    @Schema(name = "SkillSoughtView")
    public record SkillSoughtView(
            @Schema(required = true, example = "python") String skillCode,
            @Schema(required = true, example = "Python") String name,
            @Schema(required = true, example = "2") int level) {}

    @Schema(name = "ProjectTeamMember")
    public record TeamMemberView(
            @Schema(required = true) UUID memberId,

            @Schema(required = true, example = "Claire Fontaine")
            String displayName,

            @Schema(required = true) TeamRole role,
            @Schema(required = true) OffsetDateTime joinedAt) {}

    @Schema(
            name = "ProjectAttestation",
            description = "L'attestation « données ouvertes » de la personne qui a créé le projet.")
    public record AttestationView(
            @Schema(required = true, example = "Claire Fontaine")
            String attestedBy,

            @Schema(required = true) OffsetDateTime attestedAt,

            @Schema(required = true, example = ProjectAttestation.VERSION)
            String version,

            @Schema(required = true, example = ProjectAttestation.TEXT)
            String text) {}

    @Schema(name = "Project")
    public record ProjectView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String summary,

            @Schema(required = true, description = "La description en Markdown, telle qu'écrite.")
            String description,

            @Schema(
                    required = true,
                    description = "La description rendue en HTML sûr (sans script, gestionnaire d'événement ni lien "
                            + "javascript:), à afficher telle quelle.")
            String descriptionHtml,

            @Schema(required = true) List<String> topics,
            @Schema(required = true) ProjectLanguages languages,
            @Schema(required = true) boolean welcomesBeginners,
            @Schema(required = true) ProjectStatus status,
            String repositoryUrl,
            String tchapRoomUrl,
            Integer maxTeamSize,
            @Schema(required = true) List<SkillSoughtView> skillsSought,

            @Schema(required = true, description = "L'équipe, responsables d'abord.")
            List<TeamMemberView> team,

            @Schema(required = true) AttestationView attestation,

            @Schema(
                    required = true,
                    description = "Les jeux de données que le projet déclare, avec l'état de leur vérification.")
            List<DatasetView> datasets,

            @Schema(description = "Mon rôle dans l'équipe ; absent si je n'en fais pas partie.")
            TeamRole myRole,

            @Schema(required = true, description = "J'ai une demande en attente pour rejoindre ce projet.")
            boolean myRequestPending,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(name = "ProjectSummary")
    public record ProjectSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String summary,
            @Schema(required = true) List<String> topics,
            @Schema(required = true) ProjectLanguages languages,
            @Schema(required = true) boolean welcomesBeginners,
            @Schema(required = true) ProjectStatus status,
            @Schema(required = true) List<SkillSoughtView> skillsSought,
            @Schema(required = true, example = "3") int teamSize,
            Integer maxTeamSize,

            @Schema(
                    required = true,
                    description = "Le nombre de jeux de données du projet encore « à vérifier ».",
                    example = "1")
            int datasetsToReview,

            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "ProjectJoinRequestCreate")
    public record JoinRequestCreate(
            @Schema(required = true, example = "Bonjour, je débute en Python et les données de santé m'intéressent.")
            @NotBlank(message = "Écrivez un message aux responsables du projet.")
            @Size(max = 2000, message = "Le message ne doit pas dépasser 2 000 caractères.")
            String message) {}

    @Schema(name = "ProjectJoinRequestDecline")
    public record JoinRequestDecline(
            @Schema(required = true, example = "L'équipe cherche surtout quelqu'un qui connaît R.")
            @NotBlank(message = "Expliquez en quelques mots pourquoi vous déclinez la demande.")
            @Size(max = 2000, message = "Le motif ne doit pas dépasser 2 000 caractères.")
            String reason) {}

    @Schema(name = "ProjectJoinRequest")
    public record JoinRequestView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID projectId,
            @Schema(required = true) UUID memberId,
            @Schema(required = true, example = "Léa Martin") String displayName,
            @Schema(required = true) String message,
            @Schema(required = true) JoinRequestState state,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime answeredAt,

            @Schema(description = "Le motif donné par le responsable qui a décliné.")
            String answerReason) {}
}
