package fr.spyrales.mentorship.feedback;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackCreate;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentorships/{id}/feedback")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorat")
public class FeedbackResource {
    private static final String NOT_FOUND = "Mentorat introuvable, ou qui ne vous concerne pas";

    private final FeedbackService service;
    private final CurrentMember current;

    FeedbackResource(FeedbackService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "getMentorshipFeedback",
            summary = "Lire les avis sur un mentorat",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE + " L'avis de l'autre partie "
                    + "n'est montré qu'une fois les deux avis donnés, ou à revealAt.")
    @APIResponse(
            responseCode = "200",
            description = "Mon avis et, s'il est visible, celui de l'autre partie",
            content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public FeedbackView get(@PathParam("id") UUID id) {
        return service.get(id, viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "giveMentorshipFeedback",
            summary = "Donner mon avis sur un mentorat terminé ou annulé",
            description = "Une note de 1 à 5 et un commentaire facultatif, une seule fois par partie.")
    @APIResponse(
            responseCode = "201",
            description = "Avis enregistré ; la réponse montre l'avis de l'autre partie s'il est désormais visible",
            content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "Mentorat pas encore terminé, demande sans suite, ou avis déjà donné")
    public Response give(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") FeedbackCreate body,
            @Context UriInfo uri) {
        FeedbackView view = service.give(id, body, viewer());
        return Response.created(uri.getAbsolutePath()).entity(view).build();
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
