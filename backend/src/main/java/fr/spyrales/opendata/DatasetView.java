package fr.spyrales.opendata;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declared dataset as members see it: its check state and the facts found about it. */
@Schema(
        name = "Dataset",
        description = "Un jeu de données déclaré, avec ce que la vérification « données ouvertes » a trouvé.")
public record DatasetView(
        @Schema(required = true) UUID id,

        @Schema(required = true, example = "VERIFIED") DatasetState state,

        @Schema(description = "Pourquoi il attend une vérification ; absent sauf quand state vaut TO_REVIEW.")
        DatasetPending pending,

        @Schema(
                required = true,
                description = "La phrase à afficher à côté de l'état.",
                example = "Licence ouverte reconnue par data.gouv.fr.")
        String reason,

        @Schema(
                description = "L'identifiant du jeu de données sur data.gouv.fr ; absent hors de data.gouv.fr ou"
                        + " quand data.gouv.fr n'a pas répondu.",
                example = "5e7e104ace2080d9162b61d8")
        String datagouvId,

        @Schema(example = "Données hospitalières relatives à l'épidémie de COVID-19")
        String title,

        @Schema(description = "L'organisation qui le produit.", example = "Santé publique France")
        String producer,

        @Schema(description = "L'identifiant de la licence (vocabulaire de data.gouv.fr).", example = "lov2")
        String licence,

        @Schema(example = "Licence Ouverte / Open Licence version 2.0")
        String licenceTitle,

        @Schema(
                description = "La page du jeu de données.",
                example =
                        "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/")
        String url,

        @Schema(description = "Dernière modification sur data.gouv.fr.")
        OffsetDateTime lastModified,

        @Schema(required = true, description = "Archivé sur data.gouv.fr : ses données ne sont plus mises à jour.")
        boolean archived,

        @Schema(required = true, description = "Dernière vérification automatique.")
        OffsetDateTime checkedAt,

        @Schema(description = "Date de la vérification par un·e animateur·rice.")
        OffsetDateTime reviewedAt,

        @Schema(
                description = "La note de l'animateur·rice qui a vérifié le jeu de données.",
                example = "Licence vérifiée : équivalente à la Licence Ouverte.")
        String reviewNote) {}
