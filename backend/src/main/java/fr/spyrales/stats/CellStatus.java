package fr.spyrales.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StatCellStatus",
        description = "PUBLISHED : la valeur est publiée. LESS_THAN_FIVE : moins de 5, la valeur n'est pas publiée."
                + " SECRET : la valeur (5 ou plus) est masquée pour qu'une case « moins de 5 » ne puisse pas être"
                + " recalculée à partir du total publié (secret secondaire).")
public enum CellStatus {
    PUBLISHED,
    LESS_THAN_FIVE,
    SECRET
}
