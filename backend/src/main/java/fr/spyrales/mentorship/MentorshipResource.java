package fr.spyrales.mentorship;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipDtos.CancelRequest;
import fr.spyrales.mentorship.MentorshipDtos.DeclineRequest;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipRequest;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipSummary;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipUpdate;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipView;
import fr.spyrales.mentorship.MentorshipDtos.RequestEligibility;
import fr.spyrales.mentorship.MentorshipDtos.Role;
import fr.spyrales.mentorship.MentorshipDtos.TransitionComment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentorships")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorat", description = "Demandes de mentorat, binômes et leur suivi")
public class MentorshipResource {
    private final MentorshipRequests requests;
    private final MentorshipTransitions transitions;
    private final MentorshipViews views;
    private final CurrentMember current;

    MentorshipResource(
            MentorshipRequests requests,
            MentorshipTransitions transitions,
            MentorshipViews views,
            CurrentMember current) {
        this.requests = requests;
        this.transitions = transitions;
        this.views = views;
        this.current = current;
    }

    @GET
    @Path("/eligibility")
    @Operation(
            operationId = "getMentorshipEligibility",
            summary = "Savoir si je peux demander un mentorat à ce membre",
            description =
                    "Applique les règles d'une demande sans la créer : la page du membre affiche la raison au lieu du bouton.")
    @APIResponse(
            responseCode = "200",
            description = "Possible, ou la raison qui l'empêche",
            content = @Content(schema = @Schema(implementation = RequestEligibility.class)))
    @APIResponse(responseCode = "404", description = "Mentor inconnu ou profil privé")
    public RequestEligibility eligibility(
            @Parameter(description = "Le mentor sollicité.", required = true)
                    @QueryParam("mentorId")
                    @NotNull(message = "Indiquez le mentor sollicité.")
                    UUID mentorId) {
        return requests.eligibility(current.id(), mentorId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestMentorship",
            summary = "Demander un mentorat",
            description =
                    "La personne qui souhaite être accompagnée sollicite un membre qui peut accompagner, avec un message et un à trois objectifs.")
    @APIResponse(
            responseCode = "201",
            description = "Demande envoyée",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "404", description = "Mentor inconnu ou profil privé")
    @APIResponse(responseCode = "409", description = "Demande ou mentorat déjà en cours")
    @APIResponse(
            responseCode = "422",
            description = "Règle refusée : soi-même, mentor sans place, trop de demandes en attente, etc.")
    public Response request(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") MentorshipRequest body,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        MentorshipView created = requests.request(current.id(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            operationId = "listMyMentorships",
            summary = "Lister mes mentorats (comme mentor ou comme personne accompagnée)")
    public PageResponse<MentorshipSummary> list(
            @QueryParam("role") @Parameter(description = "MENTOR ou MENTEE ; les deux par défaut.") Role role,
            @QueryParam("status") @Parameter(description = "Un ou plusieurs états (répéter le paramètre).")
                    List<MentorshipStatus> status,
            @Valid @BeanParam PageQuery page) {
        return views.mine(current.id(), role, status == null ? Set.of() : Set.copyOf(status), page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getMentorship",
            summary = "Lire un mentorat, avec son historique",
            description = "Réservé aux deux parties, aux animateurs et aux administrateurs ; les autres reçoivent 404. "
                    + "Un animateur ou administrateur qui ne fait pas partie du binôme (myRole SUPERVISOR) voit les personnes, "
                    + "l'état, les dates, l'avancement des objectifs et l'historique des changements, sans le contenu privé : "
                    + "ni le message de la demande, ni les commentaires de l'historique, ni les coordonnées.")
    @APIResponse(
            responseCode = "200",
            description = "Le mentorat",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    public MentorshipView get(@PathParam("id") UUID id) {
        return views.get(id, viewer());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateMentorship",
            summary = "Changer la date de fin prévue d'un mentorat en cours ou en pause",
            description = "Par l'une des deux parties ; le changement est inscrit dans l'historique.")
    @APIResponse(
            responseCode = "200",
            description = "Mentorat modifié",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "404", description = "Mentorat introuvable ou qui ne vous concerne pas")
    @APIResponse(responseCode = "409", description = "Le mentorat n'est ni en cours ni en pause")
    public MentorshipView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") MentorshipUpdate body) {
        return transitions.changePlannedEnd(id, viewer(), body.plannedEndDate());
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptMentorship", summary = "Accepter une demande (mentor)")
    @APIResponse(
            responseCode = "200",
            description = "Mentorat commencé",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible ou capacité atteinte")
    public MentorshipView accept(@PathParam("id") UUID id) {
        return transitions.apply(id, viewer(), new MentorshipCommand.Accept());
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "declineMentorship",
            summary = "Décliner une demande (mentor), avec un motif",
            description = "Le motif « OTHER » demande un commentaire.")
    @APIResponse(
            responseCode = "200",
            description = "Demande déclinée",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible")
    public MentorshipView decline(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") DeclineRequest body) {
        body.requireCommentForOther();
        return transitions.apply(id, viewer(), new MentorshipCommand.Decline(body.reason(), body.comment()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawMentorship", summary = "Retirer sa demande (personne accompagnée)")
    @APIResponse(
            responseCode = "200",
            description = "Demande retirée",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible")
    public MentorshipView withdraw(@PathParam("id") UUID id, @Valid TransitionComment body) {
        return transitions.apply(id, viewer(), new MentorshipCommand.Withdraw(comment(body)));
    }

    @POST
    @Path("/{id}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pauseMentorship", summary = "Mettre le mentorat en pause")
    @APIResponse(
            responseCode = "200",
            description = "Mentorat en pause",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible")
    public MentorshipView pause(@PathParam("id") UUID id, @Valid TransitionComment body) {
        return transitions.apply(id, viewer(), new MentorshipCommand.Pause(comment(body)));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resumeMentorship", summary = "Reprendre un mentorat en pause")
    @APIResponse(
            responseCode = "200",
            description = "Mentorat repris",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible")
    public MentorshipView resume(@PathParam("id") UUID id, @Valid TransitionComment body) {
        return transitions.apply(id, viewer(), new MentorshipCommand.Resume(comment(body)));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeMentorship", summary = "Terminer le mentorat")
    @APIResponse(
            responseCode = "200",
            description = "Mentorat terminé",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible")
    public MentorshipView complete(@PathParam("id") UUID id, @Valid TransitionComment body) {
        return transitions.apply(id, viewer(), new MentorshipCommand.Complete(comment(body)));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelMentorship", summary = "Annuler le mentorat, avec une raison")
    @APIResponse(
            responseCode = "200",
            description = "Mentorat annulé",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "État incompatible")
    public MentorshipView cancel(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") CancelRequest body) {
        return transitions.apply(id, viewer(), new MentorshipCommand.Cancel(body.reason()));
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }

    private static String comment(TransitionComment body) {
        return body == null ? null : body.comment();
    }
}
