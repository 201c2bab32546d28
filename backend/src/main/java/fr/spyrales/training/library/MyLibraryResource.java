package fr.spyrales.training.library;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.training.library.LibraryAccess.Viewer;
import fr.spyrales.training.library.LibraryDtos.ResourceProposal;
import fr.spyrales.training.library.LibraryDtos.ResourceSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bibliothèque")
public class MyLibraryResource {
    private final ResourceViews views;
    private final CurrentMember current;

    MyLibraryResource(ResourceViews views, CurrentMember current) {
        this.views = views;
        this.current = current;
    }

    @GET
    @Path("/resources")
    @Operation(
            operationId = "listMyResources",
            summary = "Les ressources que j'ai proposées",
            description = "Dans tous les états, les plus récentes d'abord, avec le motif d'un refus ou d'un retrait.")
    public PageResponse<ResourceProposal> mine(@Valid @BeanParam PageQuery page) {
        return views.mine(page, viewer());
    }

    @GET
    @Path("/bookmarks")
    @Operation(
            operationId = "listMyBookmarks",
            summary = "Ma liste de ressources",
            description = "Les dernières ajoutées d'abord ; une ressource retirée depuis y reste, marquée retirée.")
    public PageResponse<ResourceSummary> bookmarks(@Valid @BeanParam PageQuery page) {
        return views.bookmarks(page, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
