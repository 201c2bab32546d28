package fr.spyrales.event;

import fr.spyrales.common.KeysetPageQuery;
import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the agenda. */
public class EventQuery extends KeysetPageQuery {
    @QueryParam("when")
    @DefaultValue("UPCOMING")
    @Parameter(description = "À venir (par défaut) ou passés.")
    public EventPeriod when;

    @QueryParam("type")
    @Parameter(description = "Le type d'événement.")
    public EventType type;

    @QueryParam("topic")
    @Size(max = 40, message = "Thème inconnu.")
    @Parameter(description = "Code d'une compétence abordée (voir /skills).", example = "r")
    public String topic;

    @QueryParam("level")
    @Parameter(description = "Le niveau visé (les événements « tous niveaux » sont aussi listés).")
    public ResourceLevel level;

    @QueryParam("language")
    @Parameter(
            description = "PYTHON ou R : les événements dans ce langage (BOTH compris) ; BOTH ou NONE : ceux-là seuls.")
    public ProgrammingLanguage language;

    @QueryParam("q")
    @Size(max = 200, message = "La recherche ne doit pas dépasser 200 caractères.")
    @Parameter(description = "Recherche plein texte (titre, thèmes, description), sans tenir compte des accents.")
    public String q;
}
