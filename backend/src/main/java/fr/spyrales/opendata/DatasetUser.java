package fr.spyrales.opendata;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something that declares a dataset: a project or a challenge, as its feature names it.
 *
 * @param kind {@link #PROJECT} or {@link #CHALLENGE}
 * @param ownerId the project's or the challenge's id
 */
@Schema(name = "DatasetUser", description = "Un projet ou un défi qui déclare le jeu de données.")
public record DatasetUser(
        @Schema(required = true) UUID datasetId,

        @Schema(
                required = true,
                enumeration = {"PROJECT", "CHALLENGE"},
                example = PROJECT)
        String kind,

        @Schema(required = true) UUID ownerId,

        @Schema(required = true, example = "Suivi de l'épidémie de COVID-19")
        String ownerTitle) {
    public static final String PROJECT = "PROJECT";
    public static final String CHALLENGE = "CHALLENGE";
}
