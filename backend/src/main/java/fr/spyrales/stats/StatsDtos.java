package fr.spyrales.stats;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the public statistics. Every count is a {@link StatCell}: small counts are never published. */
public final class StatsDtos {
    private StatsDtos() {}

    @Schema(
            name = "StatCell",
            description = "Un chiffre publié. Une valeur inférieure à 5 n'est jamais publiée : `value` est alors null"
                    + " et `status` vaut LESS_THAN_FIVE (affiché « moins de 5 »). Quand un total est publié à côté"
                    + " d'une répartition, une seconde case est masquée (`status` SECRET) pour que la case"
                    + " « moins de 5 » ne puisse pas être retrouvée par soustraction.")
    public record StatCell(
            @Schema(
                    required = true,
                    description = "Code de la case (mois AAAA-MM, code de région, état…)",
                    example = "IDF")
            String key,

            @Schema(required = true, description = "Libellé de la case", example = "Île-de-France")
            String label,

            @Schema(description = "La valeur, ou null quand elle n'est pas publiée", example = "42", nullable = true)
            Long value,

            @Schema(required = true) CellStatus status) {}

    @Schema(name = "MemberStatistics", description = "Les membres confirmés de la communauté")
    public record MemberStatistics(
            @Schema(required = true, description = "Date du dernier calcul des chiffres")
            OffsetDateTime refreshedAt,

            @Schema(required = true, description = "Membres confirmés")
            StatCell total,

            @Schema(
                    required = true,
                    description = "Membres confirmés à la fin de chaque mois (cumul), sur les 24 derniers"
                            + " mois, le mois en cours compris. Un point n'est publié que s'il s'écarte"
                            + " d'au moins 5 du point publié suivant (le dernier point est le total).")
            List<StatCell> overTime,

            @Schema(required = true, description = "Par nature d'organisation")
            List<StatCell> byOrganizationKind,

            @Schema(required = true, description = "Par catégorie (A, B, C)")
            List<StatCell> byCategory,

            @Schema(required = true, description = "Administration centrale, services déconcentrés…")
            List<StatCell> byServiceType,

            @Schema(required = true, description = "Par région")
            List<StatCell> byRegion) {}

    @Schema(name = "FeedbackSummary", description = "Les avis donnés en fin de binôme (notes de 1 à 5)")
    public record FeedbackSummary(
            @Schema(required = true, description = "Nombre d'avis")
            StatCell answers,

            @Schema(
                    description = "Note moyenne, arrondie au dixième ; null sous 5 avis",
                    example = "4.3",
                    nullable = true)
            Double meanRating) {}

    @Schema(name = "MentorshipStatistics", description = "Le mentorat")
    public record MentorshipStatistics(
            @Schema(required = true, description = "Date du dernier calcul des chiffres")
            OffsetDateTime refreshedAt,

            @Schema(required = true, description = "Binômes commencés chaque mois (24 derniers mois)")
            List<StatCell> startedByMonth,

            @Schema(required = true, description = "Binômes menés à leur terme chaque mois (24 derniers mois)")
            List<StatCell> completedByMonth,

            @Schema(required = true) FeedbackSummary feedback,

            @Schema(required = true, description = "Séances consignées par les binômes")
            StatCell sessionsLogged) {}

    @Schema(name = "ProjectStatistics", description = "Les projets (hors projets supprimés)")
    public record ProjectStatistics(
            @Schema(required = true, description = "Date du dernier calcul des chiffres")
            OffsetDateTime refreshedAt,

            @Schema(required = true, description = "Projets")
            StatCell total,

            @Schema(required = true, description = "Par état")
            List<StatCell> byStatus) {}

    @Schema(name = "EventStatistics", description = "Les événements tenus (terminés et non annulés)")
    public record EventStatistics(
            @Schema(required = true, description = "Date du dernier calcul des chiffres")
            OffsetDateTime refreshedAt,

            @Schema(required = true, description = "Événements tenus")
            StatCell held,

            @Schema(required = true, description = "Événements tenus, par type")
            List<StatCell> heldByType,

            @Schema(required = true, description = "Inscriptions confirmées aux événements tenus")
            StatCell confirmedRegistrations,

            @Schema(required = true, description = "Présences constatées aux événements tenus")
            StatCell attendances) {}

    @Schema(name = "TrainingStatistics", description = "Les ressources de formation et les parcours")
    public record TrainingStatistics(
            @Schema(required = true, description = "Date du dernier calcul des chiffres")
            OffsetDateTime refreshedAt,

            @Schema(required = true, description = "Ressources publiées")
            StatCell publishedResources,

            @Schema(required = true, description = "Ressources publiées, par type")
            List<StatCell> resourcesByType,

            @Schema(required = true, description = "Ressources marquées « terminée » par des membres")
            StatCell resourcesDone,

            @Schema(required = true, description = "Parcours publiés")
            StatCell publishedPaths,

            @Schema(required = true, description = "Membres qui suivent au moins un parcours")
            StatCell membersFollowingAPath) {}

    /**
     * The home page's figures besides the members' total, the mentors already hidden under the threshold (see
     * {@link CommunityStats}).
     */
    public record HomeFigures(long organizations, Long mentors, long skills) {}

    /**
     * What the snapshot row holds: every section, computed together. {@code home} is null in a snapshot stored before
     * the home page's figures were part of it.
     */
    public record Snapshot(
            MemberStatistics members,
            MentorshipStatistics mentorships,
            ProjectStatistics projects,
            EventStatistics events,
            TrainingStatistics training,
            HomeFigures home) {}
}
