package fr.spyrales.project;

import fr.spyrales.common.KeysetPageQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the project list. */
public class ProjectQuery extends KeysetPageQuery {
    @QueryParam("q")
    @Size(max = 200, message = "La recherche ne doit pas dépasser 200 caractères.")
    @Parameter(
            description = "Recherche plein texte (titre, résumé, thèmes, description), sans tenir compte des accents "
                    + "ni de la casse.",
            example = "épidémie")
    public String q;

    @QueryParam("topic")
    @Size(max = 40, message = "Un thème ne dépasse pas 40 caractères.")
    @Parameter(description = "Un thème du projet.", example = "santé")
    public String topic;

    @QueryParam("language")
    @Parameter(
            description = "PYTHON ou R : les projets dans ce langage (BOTH compris) ; BOTH : ceux qui mêlent les deux.")
    public ProjectLanguages language;

    @QueryParam("status")
    @Parameter(description = "Un ou plusieurs états (répéter le paramètre) ; par défaut tous sauf ARCHIVED.")
    public List<ProjectStatus> status;

    @QueryParam("beginnersWelcome")
    @Parameter(description = "Seulement les projets qui accueillent les débutants.")
    public Boolean beginnersWelcome;

    @QueryParam("skill")
    @Size(max = 40, message = "Compétence inconnue.")
    @Parameter(description = "Code d'une compétence recherchée par le projet (voir /skills).", example = "python")
    public String skill;

    @QueryParam("needsMySkills")
    @Parameter(
            description = "Seulement les projets qui cherchent une compétence que j'ai au niveau voulu, ou que je "
                    + "souhaite apprendre quand le projet accueille les débutants.")
    public Boolean needsMySkills;

    @QueryParam("member")
    @Parameter(description = "Seulement les projets dont ce membre fait partie de l'équipe (responsable ou membre).")
    public UUID member;

    @QueryParam("myRequestPending")
    @Parameter(description = "Seulement les projets que j'ai demandé à rejoindre, sans réponse encore.")
    public Boolean myRequestPending;

    @QueryParam("sort")
    @Pattern(
            regexp = ProjectSort.PATTERN,
            message = "Tri possible : relevance, createdAt,desc, createdAt,asc, title,asc ou title,desc.")
    @Parameter(
            description = "Tri : pertinence (par défaut avec q), date de création (les plus récents par défaut sans q) "
                    + "ou titre.",
            example = "createdAt,desc")
    public String sort;
}
