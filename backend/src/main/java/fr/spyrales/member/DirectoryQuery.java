package fr.spyrales.member;

import fr.spyrales.common.KeysetPageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the member directory. */
public class DirectoryQuery extends KeysetPageQuery {
    @QueryParam("q")
    @Size(max = 200, message = "La recherche ne doit pas dépasser 200 caractères.")
    @Parameter(
            description =
                    "Recherche plein texte (nom, poste, présentation, compétences), sans tenir compte des accents ni de la casse.",
            example = "elodie")
    public String q;

    @QueryParam("skill")
    @Size(max = 40, message = "Compétence inconnue.")
    @Parameter(description = "Code d'une compétence (voir /skills).", example = "r")
    public String skill;

    @QueryParam("minLevel")
    @Min(value = 1, message = "Le niveau va de 1 à 4.")
    @Max(value = 4, message = "Le niveau va de 1 à 4.")
    @Parameter(
            description = "Niveau minimal (1 à 4) dans la compétence choisie, ou dans au moins une compétence.",
            example = "3")
    public Integer minLevel;

    @QueryParam("organization")
    @Parameter(description = "Identifiant d'une organisation (voir /organizations).")
    public UUID organization;

    @QueryParam("region")
    @Size(max = 10, message = "Région inconnue.")
    @Parameter(description = "Code d'une région (voir /regions).", example = "OCC")
    public String region;

    @QueryParam("canMentor")
    @Parameter(description = "Seulement les membres qui peuvent accompagner.")
    public Boolean canMentor;

    @QueryParam("wantsMentor")
    @Parameter(description = "Seulement les membres qui souhaitent être accompagnés.")
    public Boolean wantsMentor;

    @QueryParam("sort")
    @Pattern(
            regexp = "relevance|name,asc|name,desc|createdAt,asc|createdAt,desc",
            message = "Tri possible : relevance, name,asc, name,desc, createdAt,asc ou createdAt,desc.")
    @Parameter(
            description = "Tri : pertinence (par défaut avec q), nom (par défaut sans q) ou date d'inscription.",
            example = "name,asc")
    public String sort;
}
