package fr.spyrales.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the survey endpoints. */
public final class SurveyDtos {
    /** Fewer answers than this in a segment (or a campaign, on the public comparison) and its figures are not shown. */
    public static final int MIN_ANSWERS_SHOWN = 5;

    static final int COMMENT_MAX = 2000;
    static final int WISH_OTHER_MAX = 200;

    private SurveyDtos() {}

    @Schema(
            name = "SurveyCampaignCreate",
            description = "Ouvre une campagne : elle est envoyée à chaque membre actif (notification et e-mail). Une "
                    + "seule campagne peut être ouverte à la fois.")
    public record SurveyCampaignCreate(
            @Schema(required = true, example = "Enquête de satisfaction — hiver 2026")
            @NotBlank(message = "Donnez un titre à la campagne.")
            @Size(min = 3, max = 120, message = SurveyService.TITLE_LENGTH)
            String title,

            @Schema(
                    required = true,
                    example = "2026-12-31",
                    description =
                            "Dernier jour (heure de Paris) où les réponses sont reçues : aujourd'hui ou plus tard.")
            @NotNull(message = "Indiquez la date de clôture.")
            LocalDate closesOn) {}

    @Schema(name = "SurveyCampaign")
    public record SurveyCampaignView(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Enquête de satisfaction — hiver 2026")
            String title,

            @Schema(required = true, example = "2026-12-01T10:00:00+01:00")
            OffsetDateTime openedAt,

            @Schema(required = true, example = "2026-12-31") LocalDate closesOn,

            @Schema(description = "Clôture anticipée par un animateur, sinon absente.")
            OffsetDateTime closedAt,

            @Schema(required = true, description = "Reçoit encore des réponses.")
            boolean open,

            @Schema(required = true, example = "1240", description = "Membres actifs à l'ouverture (invités).")
            int invited,

            @Schema(
                    required = true,
                    example = "312",
                    description = "Réponses reçues (membres ayant répondu), y compris celles pas encore comptées dans "
                            + "les résultats.")
            long answers) {}

    @Schema(
            name = "CurrentSurvey",
            description = "La campagne ouverte à laquelle le membre est invité (absente s'il n'y en a pas), et s'il "
                    + "y a déjà répondu.")
    public record CurrentSurvey(
            @Schema(description = "La campagne ouverte, absente s'il n'y en a pas pour ce membre.")
            OpenSurvey campaign,

            @Schema(required = true) boolean answered) {}

    @Schema(name = "OpenSurvey")
    public record OpenSurvey(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Enquête de satisfaction — hiver 2026")
            String title,

            @Schema(required = true, example = "2026-12-31") LocalDate closesOn) {}

    @Schema(
            name = "SurveyAnswerCreate",
            description = "Les réponses au questionnaire. Elles sont enregistrées sans lien avec le membre : seul le "
                    + "fait d'avoir répondu est noté, pour n'accepter qu'une réponse par campagne.")
    public record SurveyAnswerCreate(
            @Schema(
                    required = true,
                    example = "9",
                    minimum = "0",
                    maximum = "10",
                    description = "Recommanderiez-vous la communauté à un·e collègue ? De 0 (pas du tout) à 10 "
                            + "(certainement).")
            @NotNull(message = "Indiquez une note de 0 à 10.")
            @Min(value = 0, message = "La note va de 0 à 10.")
            @Max(value = 10, message = "La note va de 0 à 10.")
            Integer recommendation,

            @Schema(required = true) @NotNull(message = "Indiquez si vous vous sentez moins seul·e face aux données.")
            Agreement lessAlone,

            @Schema(required = true) @NotNull(message = "Indiquez vos progrès en Python.")
            Progress pythonProgress,

            @Schema(required = true) @NotNull(message = "Indiquez vos progrès en R.")
            Progress rProgress,

            @Schema(description = "Ce que la communauté devrait faire davantage (aucun, un ou plusieurs choix).")
            @Size(max = 7, message = "Choisissez au plus 7 propositions.")
            Set<@NotNull(message = "Une proposition est vide.") Wish> wishes,

            @Schema(example = "Des sessions de code en binôme", description = "À préciser quand OTHER est choisi.")
            @Size(max = WISH_OTHER_MAX, message = "Précisez en 200 caractères au plus.")
            String wishOther,

            @Schema(example = "Merci pour les ateliers du jeudi !", description = "Commentaire libre, facultatif.")
            @Size(max = COMMENT_MAX, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String comment) {}

    @Schema(name = "SurveyAnswerReceipt", description = "La réponse est enregistrée, sans lien avec le membre.")
    public record SurveyAnswerReceipt(
            @Schema(required = true) UUID campaignId,
            @Schema(required = true) boolean answered) {}

    @Schema(name = "SurveyCount", description = "Nombre de réponses pour une valeur.")
    public record Count(
            @Schema(required = true, example = "AGREE") String value,
            @Schema(required = true) long count) {}

    @Schema(
            name = "SurveySegment",
            description = "Les réponses d'un segment (catégorie A/B/C ou type d'organisation ; NOT_PROVIDED pour les "
                    + "membres qui ne l'ont pas renseigné). Sous 5 réponses, answers et nps sont absents et hidden "
                    + "vaut true (« moins de 5 réponses ») ; secret vaut true quand un segment d'au moins 5 réponses "
                    + "est masqué aussi, pour qu'un petit segment ne se déduise pas du total.")
    public record Segment(
            @Schema(required = true, example = "A") String value,
            @Schema(required = true) boolean hidden,

            @Schema(
                    required = true,
                    description = "Masqué bien qu'ayant au moins 5 réponses (secret secondaire) ; implique hidden.")
            boolean secret,

            @Schema(example = "42") Long answers,
            @Schema(example = "35") Integer nps) {}

    @Schema(name = "SurveyResults")
    public record SurveyResults(
            @Schema(required = true) SurveyCampaignView campaign,

            @Schema(
                    required = true,
                    example = "310",
                    description = "Réponses comptées dans les résultats : elles y entrent par groupes d'au moins 5 "
                            + "(ou toutes à la clôture), mélangées, pour qu'aucune ne puisse être reconnue.")
            long answers,

            @Schema(
                    required = true,
                    example = "2",
                    description = "Réponses reçues qui attendent d'entrer dans les résultats.")
            long waitingAnswers,

            @Schema(
                    required = true,
                    example = "25.2",
                    description = "Réponses reçues ÷ membres invités, en pourcentage (une décimale).")
            double responseRate,

            @Schema(
                    example = "32",
                    description = "Net promoter score : % de promoteurs (9–10) − % de détracteurs (0–6), arrondi ; "
                            + "absent sans réponse.")
            Integer nps,

            @Schema(required = true) long promoters,
            @Schema(required = true) long passives,
            @Schema(required = true) long detractors,

            @Schema(required = true, description = "Nombre de réponses pour chaque note de 0 à 10 (11 valeurs).")
            List<Count> recommendation,

            @Schema(required = true) List<Count> lessAlone,
            @Schema(required = true) List<Count> pythonProgress,
            @Schema(required = true) List<Count> rProgress,
            @Schema(required = true) List<Count> wishes,

            @Schema(required = true, description = "Les précisions de « autre », par ordre alphabétique.")
            List<String> wishOthers,

            @Schema(required = true) List<Segment> byCategory,
            @Schema(required = true) List<Segment> byOrganizationKind,

            @Schema(
                    required = true,
                    description = "Les commentaires libres, par ordre alphabétique (jamais dans l'ordre des réponses).")
            List<String> comments) {}

    @Schema(
            name = "SurveyTrendPoint",
            description = "Une campagne close d'au moins 5 réponses, pour comparer les campagnes dans le temps.")
    public record TrendPoint(
            @Schema(required = true, example = "Enquête de satisfaction — hiver 2026")
            String title,

            @Schema(required = true, example = "2026-12-01") LocalDate openedOn,
            @Schema(required = true, example = "2026-12-31") LocalDate closedOn,
            @Schema(required = true, example = "312") long answers,
            @Schema(required = true, example = "25.2") double responseRate,
            @Schema(required = true, example = "32") int nps) {}

    @Schema(name = "SurveyTrend")
    public record Trend(@Schema(required = true) List<TrendPoint> campaigns) {}
}
