package fr.spyrales.training.path;

import fr.spyrales.common.PageQuery;
import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the path list. */
public class PathQuery extends PageQuery {
    @QueryParam("q")
    @Size(max = 200, message = "La recherche ne doit pas dépasser 200 caractères.")
    @Parameter(
            description = "Recherche plein texte (titre, compétences, objectif), sans tenir compte des accents ni de la"
                    + " casse.",
            example = "statistiques")
    public String q;

    @QueryParam("level")
    @Parameter(description = "Le niveau du parcours.")
    public ResourceLevel level;

    @QueryParam("programmingLanguage")
    @Parameter(
            description = "PYTHON ou R : les parcours dans ce langage (BOTH compris) ; BOTH ou NONE : ceux-là seuls.")
    public ProgrammingLanguage programmingLanguage;

    @QueryParam("skill")
    @Size(max = 40, message = "Compétence inconnue.")
    @Parameter(description = "Code d'une compétence du parcours (voir /skills).", example = "statistiques")
    public String skill;

    @QueryParam("mine")
    @Parameter(
            description = "Seulement les parcours dont je suis l'auteur, quel que soit leur état (brouillons compris).")
    public Boolean mine;
}
