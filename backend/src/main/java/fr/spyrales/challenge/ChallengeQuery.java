package fr.spyrales.challenge;

import fr.spyrales.common.PageQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the challenge list. */
public class ChallengeQuery extends PageQuery {
    @QueryParam("period")
    @Pattern(regexp = "current|upcoming|past", message = "La période est current, upcoming ou past.")
    @Parameter(
            description = "current : ouverts maintenant (les plus récents d'abord) ; upcoming : à venir (les plus "
                    + "proches d'abord) ; past : clos, la bibliothèque d'exercices (les plus récents d'abord). Sans "
                    + "période : tous, par date d'ouverture décroissante.",
            example = "current",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"current", "upcoming", "past"}))
    public String period;
}
