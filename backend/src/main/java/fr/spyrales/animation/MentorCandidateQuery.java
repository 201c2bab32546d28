package fr.spyrales.animation;

import fr.spyrales.common.PageQuery;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The search among the mentors who may take over a pairing's request. */
public class MentorCandidateQuery extends PageQuery {
    @QueryParam("q")
    @Size(max = 200, message = "La recherche ne doit pas dépasser 200 caractères.")
    @Parameter(description = "Nom ou organisation (une partie suffit, sans tenir compte des accents).")
    public String q;
}
