package fr.spyrales.opendata;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the dataset endpoints, and the dataset a project or a challenge declares. */
public final class DatasetDtos {
    private DatasetDtos() {}

    @Schema(
            name = "DatasetInput",
            description = "Un jeu de données à vérifier : soit reference (l'adresse de sa page sur data.gouv.fr, son"
                    + " identifiant ou son slug), soit, pour un jeu de données publié ailleurs, title, producer, url"
                    + " (https) et licence.")
    public record DatasetInput(
            @Schema(
                    description = "Page data.gouv.fr, identifiant ou slug.",
                    example =
                            "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/")
            @Size(max = 500, message = "La référence ne doit pas dépasser 500 caractères.")
            String reference,

            @Schema(description = "Hors data.gouv.fr : le titre.", example = "Recensement de la population 2021")
            @Size(max = 500, message = "Le titre ne doit pas dépasser 500 caractères.")
            String title,

            @Schema(description = "Hors data.gouv.fr : le producteur.", example = "Insee")
            @Size(max = 500, message = "Le producteur ne doit pas dépasser 500 caractères.")
            String producer,

            @Schema(
                    description = "Hors data.gouv.fr : l'adresse en https de sa page.",
                    example = "https://www.insee.fr/fr/statistiques/8200811")
            @Size(max = 2000, message = "L'adresse ne doit pas dépasser 2 000 caractères.")
            String url,

            @Schema(
                    description = "Hors data.gouv.fr : l'identifiant de la licence, dans la liste des licences ouvertes"
                            + " (lov2, fr-lo, odc-odbl, odc-by, odc-pddl, cc-by, cc-by-sa, cc-zero).",
                    example = "lov2")
            @Size(max = 100, message = "La licence ne doit pas dépasser 100 caractères.")
            String licence) {

        /** The field a refusal of this input is reported on. */
        public String fieldOf(DatasetCheck check) {
            if (check.refusal() == null
                    || check.refusal() == DatasetRefusal.NO_DATASET
                    || check.refusal() == DatasetRefusal.BOTH_FORMS
                    || reference != null) {
                return "reference";
            }
            return switch (check.refusal()) {
                case NOT_HTTPS -> "url";
                case OUTSIDE_LICENCE_NOT_OPEN -> "licence";
                case INCOMPLETE -> title == null || title.isBlank() ? "title" : missingOf();
                default -> url == null ? "reference" : "url";
            };
        }

        private String missingOf() {
            if (producer == null || producer.isBlank()) {
                return "producer";
            }
            return url == null || url.isBlank() ? "url" : "licence";
        }

        /** Not a property of the body: whether the fields of a dataset published elsewhere are given. */
        @JsonIgnore
        @Schema(hidden = true)
        boolean isOutside() {
            return title != null || producer != null || url != null || licence != null;
        }
    }

    @Schema(
            name = "DatasetCheckResult",
            description = "Ce que la vérification « données ouvertes » a trouvé, sans rien enregistrer.")
    public record DatasetCheckResult(
            @Schema(required = true, example = "VERIFIED") DatasetVerdict verdict,

            @Schema(description = "Pourquoi il attend une vérification ; absent sauf quand verdict vaut TO_REVIEW.")
            DatasetPending pending,

            @Schema(
                    required = true,
                    description =
                            "La phrase à afficher à côté du verdict (l'explication du refus quand il est refusé).",
                    example = "Licence ouverte reconnue par data.gouv.fr.")
            String reason,

            @Schema(example = "5e7e104ace2080d9162b61d8") String datagouvId,

            @Schema(example = "Données hospitalières relatives à l'épidémie de COVID-19")
            String title,

            @Schema(example = "Santé publique France") String producer,
            @Schema(example = "lov2") String licence,

            @Schema(example = "Licence Ouverte / Open Licence version 2.0")
            String licenceTitle,

            String url,
            OffsetDateTime lastModified,
            @Schema(required = true) boolean archived) {

        static DatasetCheckResult of(DatasetCheck c) {
            return new DatasetCheckResult(
                    c.verdict(),
                    c.pending(),
                    c.reason(),
                    c.datagouvId(),
                    c.title(),
                    c.producer(),
                    c.licence(),
                    c.licenceTitle(),
                    c.url(),
                    c.lastModified(),
                    c.archived());
        }
    }

    @Schema(name = "DatasetReviewDecision", description = "CONFIRM : données ouvertes confirmées ; REFUSE : refusé.")
    public enum ReviewDecision {
        CONFIRM,
        REFUSE
    }

    @Schema(name = "DatasetReviewInput")
    public record ReviewInput(
            @Schema(required = true, example = "CONFIRM") @NotNull(message = "Choisissez de confirmer ou de refuser.")
            ReviewDecision decision,

            @Schema(
                    description = "Obligatoire pour refuser : ce que les responsables liront.",
                    example =
                            "La licence du producteur interdit la réutilisation commerciale : elle n'est pas ouverte.")
            @Size(max = 2000, message = "La note ne doit pas dépasser 2 000 caractères.")
            String note) {}

    @Schema(name = "DatasetReviewItem", description = "Un jeu de données à vérifier, et où il est déclaré.")
    public record ReviewItem(
            @Schema(required = true) DatasetView dataset,
            @Schema(required = true) OffsetDateTime declaredAt,

            @Schema(required = true, description = "Les projets et les défis qui le déclarent.")
            List<DatasetUser> usedBy) {}
}
