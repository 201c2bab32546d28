package fr.spyrales.training.library;

import fr.spyrales.common.KeysetPageQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the library search. Repeated values of one filter are alternatives; filters add up. */
public class ResourceQuery extends KeysetPageQuery {
    @QueryParam("q")
    @Size(max = 200, message = "La recherche ne doit pas dépasser 200 caractères.")
    @Parameter(
            description = "Recherche plein texte (titre, thèmes, auteur, description), sans tenir compte des accents"
                    + " ni de la casse, par début de mot.",
            example = "économétrie")
    public String q;

    @QueryParam("type")
    @Parameter(description = "Un ou plusieurs types (répéter le paramètre).")
    public List<ResourceType> type;

    @QueryParam("programmingLanguage")
    @Parameter(description = "Un ou plusieurs langages ; PYTHON et R comprennent les ressources BOTH.")
    public List<ProgrammingLanguage> programmingLanguage;

    @QueryParam("level")
    @Parameter(description = "Un ou plusieurs niveaux.")
    public List<ResourceLevel> level;

    @QueryParam("topic")
    @Size(max = 20, message = "Choisissez au plus vingt thèmes.")
    // No `example`: the parameter is an array and a lone string would not be a valid example of it.
    @Parameter(
            description = "Un ou plusieurs thèmes (codes de compétences, voir /skills), par exemple"
                    + " topic=econometrie&topic=python.")
    public List<@Size(max = 40, message = "Thème inconnu.") String> topic;

    @QueryParam("contentLanguage")
    @Parameter(description = "Une ou plusieurs langues du contenu.")
    public List<ContentLanguage> contentLanguage;

    @QueryParam("freeOnly")
    @Parameter(description = "Seulement les ressources gratuites.")
    public Boolean freeOnly;

    @QueryParam("sort")
    @Pattern(regexp = "relevance|rating|newest", message = "Tri possible : relevance, rating ou newest.")
    @Parameter(
            description = "relevance (par défaut avec q), newest (par défaut sans q : les dernières publiées), rating"
                    + " (les mieux notées).",
            example = "rating")
    public String sort;
}
