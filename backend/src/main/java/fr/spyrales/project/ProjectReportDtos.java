package fr.spyrales.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the project reports and of the console's actions on projects. */
public final class ProjectReportDtos {
    static final String COMMENT_SIZE = "Le commentaire ne doit pas dépasser 1 000 caractères.";
    static final String NOTE_SIZE = "La note doit faire entre 3 et 500 caractères.";
    static final String REASON_SIZE = "Le motif doit faire entre 3 et 500 caractères.";
    /** At least three characters that are not spaces: what the database's check on the trimmed text asks. */
    private static final String THREE_VISIBLE = "[\\s\\S]*\\S[\\s\\S]*\\S[\\s\\S]*\\S[\\s\\S]*";

    private ProjectReportDtos() {}

    @Schema(
            name = "ProjectReportCreate",
            description = "Lu par les animateurs et administrateurs seulement, jamais par l'équipe du projet.")
    public record ReportCreate(
            @Schema(required = true, example = "NOT_OPEN_DATA") @NotNull(message = "Indiquez le motif du signalement.")
            ProjectReportReason reason,

            @Schema(
                    example = "Le dépôt contient un extrait de fichier nominatif.",
                    description = "Obligatoire pour le motif OTHER ; 1 000 caractères au plus.")
            @Size(max = 1000, message = COMMENT_SIZE)
            String comment) {}

    @Schema(name = "ProjectReport", description = "Un signalement, tel que son auteur le voit.")
    public record ReportView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID projectId,
            @Schema(required = true) ProjectReportReason reason,
            String comment,
            @Schema(required = true) ProjectReportStatus status,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "ProjectReportPerson")
    public record Person(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "Léa Moreau") String displayName) {}

    @Schema(name = "ProjectReportLine", description = "Un signalement ouvert dans la console d'animation.")
    public record ReportLine(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID projectId,

            @Schema(required = true, example = "Tableau de bord des délais")
            String projectTitle,

            @Schema(required = true) ProjectStatus projectStatus,
            @Schema(required = true) ProjectReportReason reason,
            String comment,

            @Schema(required = true, description = "Qui a fait le signalement.")
            Person reporter,

            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(
            name = "ProjectReportDecisionKind",
            description = "DISMISS : classer sans suite ; ARCHIVE_PROJECT : archiver le projet (tous ses signalements"
                    + " ouverts sont alors clos).")
    public enum DecisionKind {
        DISMISS,
        ARCHIVE_PROJECT
    }

    @Schema(name = "ProjectReportDecision", description = "La décision sur un signalement, avec une note.")
    public record Decision(
            @Schema(required = true) @NotNull(message = "Indiquez la décision.")
            DecisionKind decision,

            @Schema(
                    required = true,
                    example = "Les données utilisées sont bien ouvertes (Licence Ouverte).",
                    description = "Lue par l'auteur du signalement.")
            @NotNull(message = "Indiquez une note.")
            @Pattern(regexp = THREE_VISIBLE, message = NOTE_SIZE)
            @Size(min = 3, max = 500, message = NOTE_SIZE)
            String note) {}

    @Schema(name = "ProjectReportDecided", description = "Le signalement décidé.")
    public record Decided(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID projectId,
            @Schema(required = true) ProjectReportStatus status,
            @Schema(required = true) OffsetDateTime decidedAt,

            @Schema(required = true, example = "Claire Fontaine")
            String decidedBy,

            @Schema(required = true, example = "2", description = "Signalements clos par cette décision")
            int closedReports,

            @Schema(required = true) ProjectStatus projectStatus) {}

    @Schema(name = "ProjectClosure", description = "Clore un projet depuis la console : il est archivé.")
    public record Closure(
            @Schema(required = true, example = "Plus aucune activité depuis un an, équipe injoignable.")
            @NotNull(message = "Indiquez le motif.")
            @Pattern(regexp = THREE_VISIBLE, message = REASON_SIZE)
            @Size(min = 3, max = 500, message = REASON_SIZE)
            String reason) {}

    @Schema(name = "ProjectLeadAppointment", description = "Désigner un responsable parmi l'équipe, depuis la console.")
    public record LeadAppointment(
            @Schema(required = true, description = "Un membre actif de l'équipe du projet")
            @NotNull(message = "Indiquez le membre à désigner.")
            UUID memberId,

            @Schema(required = true, example = "La responsable a quitté son administration ; Paul reprend le projet.")
            @NotNull(message = "Indiquez le motif.")
            @Pattern(regexp = THREE_VISIBLE, message = REASON_SIZE)
            @Size(min = 3, max = 500, message = REASON_SIZE)
            String reason) {}

    @Schema(name = "ProjectConsoleAction", description = "Ce qu'un animateur a fait d'un projet depuis la console.")
    public record ConsoleAction(
            @Schema(required = true) UUID projectId,
            @Schema(required = true) ProjectStatus projectStatus,

            @Schema(required = true, description = "Les responsables du projet après l'action")
            List<Person> leads,

            @Schema(required = true, example = "Claire Fontaine")
            String doneBy,

            @Schema(required = true) OffsetDateTime doneAt) {}
}
