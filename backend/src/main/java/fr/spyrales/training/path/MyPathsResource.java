package fr.spyrales.training.path;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.training.path.PathAccess.Viewer;
import fr.spyrales.training.path.PathDtos.PathSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** « Mes parcours » and « Pour commencer ». */
@Path("/me")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parcours")
public class MyPathsResource {
    private final PathViews views;
    private final CurrentMember current;

    MyPathsResource(PathViews views, CurrentMember current) {
        this.views = views;
        this.current = current;
    }

    @GET
    @Path("/paths")
    @Operation(
            operationId = "listMyPaths",
            summary = "Les parcours que je suis, avec ma progression",
            description = "Les derniers suivis d'abord ; un parcours archivé depuis reste, avec status ARCHIVED.")
    public PageResponse<PathSummary> followed(@Valid @BeanParam PageQuery page) {
        return views.followed(page, viewer());
    }

    @GET
    @Path("/path-suggestions")
    @Operation(
            operationId = "listPathSuggestions",
            summary = "Des parcours pour commencer",
            description = "Jusqu'à trois parcours publiés que je ne suis pas, les plus suivis d'abord : sur une"
                    + " compétence que je souhaite développer, au niveau qui me convient (sans niveau déclaré, 1 ou 2 :"
                    + " BEGINNER ; 3 : INTERMEDIATE ; 4 : ADVANCED) ; les parcours pour débutants quand je n'ai indiqué"
                    + " aucune compétence à développer.")
    public List<PathSummary> suggestions() {
        return views.suggestions(viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
