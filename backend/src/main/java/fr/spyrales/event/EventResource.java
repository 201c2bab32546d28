package fr.spyrales.event;

import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.event.EventAccess.Viewer;
import fr.spyrales.event.EventDtos.EventCancel;
import fr.spyrales.event.EventDtos.EventCreate;
import fr.spyrales.event.EventDtos.EventSummary;
import fr.spyrales.event.EventDtos.EventUpdate;
import fr.spyrales.event.EventDtos.EventView;
import fr.spyrales.event.EventDtos.MyRegistration;
import fr.spyrales.event.EventDtos.Registrant;
import fr.spyrales.event.EventViews.RegistrantsExport;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Événements", description = "Webinaires, ateliers, rencontres : inscriptions et liste d'attente")
public class EventResource {
    static final String NOT_FOUND = "Événement introuvable";
    static final String NOT_ORGANISER = "Réservé aux animateurs et aux administrateurs";
    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";
    static final String CSV = "text/csv";

    private final EventEditing editing;
    private final EventRegistrations registrations;
    private final EventViews views;
    private final CurrentMember current;

    EventResource(EventEditing editing, EventRegistrations registrations, EventViews views, CurrentMember current) {
        this.editing = editing;
        this.registrations = registrations;
        this.views = views;
        this.current = current;
    }

    @GET
    @PartnerScope(PartnerScopes.EVENTS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "listEvents",
            summary = "L'agenda des événements",
            description = "À venir (pas encore terminés, les plus proches d'abord) ou passés (les plus récents"
                    + " d'abord), filtrés par type, thème, niveau, langage et recherche. Les événements annulés y"
                    + " restent, avec status CANCELLED.")
    public PageResponse<EventSummary> list(@Valid @BeanParam EventQuery query) {
        return views.list(query, viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createEvent",
            summary = "Créer un événement",
            description = "Par un animateur ou un administrateur. Il faut un lieu ou un lien de visioconférence ; la"
                    + " fin suit le début, trois jours au plus après.")
    @APIResponse(
            responseCode = "201",
            description = "Événement créé",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) EventCreate body, @Context UriInfo uri) {
        EventView created = editing.create(viewer(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @PartnerScope(PartnerScopes.EVENTS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "getEvent",
            summary = "Lire un événement",
            description = "Le lien de visioconférence (onlineUrl) n'est donné qu'aux inscrits confirmés et aux"
                    + " organisateurs.")
    @APIResponse(
            responseCode = "200",
            description = "L'événement",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EventView get(@PathParam("id") UUID id) {
        return views.get(id, viewer());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateEvent",
            summary = "Modifier un événement",
            description = "Par un animateur ou un administrateur. Augmenter la capacité (ou la rendre illimitée)"
                    + " confirme les premiers de la liste d'attente, dans l'ordre, et les prévient.")
    @APIResponse(
            responseCode = "200",
            description = "Événement modifié",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "Événement annulé, ou capacité inférieure au nombre d'inscrits confirmés")
    @APIResponse(responseCode = "422", description = "Replay ou support avant le début de l'événement")
    public EventView update(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) EventUpdate body) {
        return editing.update(id, viewer(), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteEvent",
            summary = "Supprimer un événement",
            description = "Seulement si personne ne s'y est jamais inscrit ; sinon, annulez-le (POST …/cancel).")
    @APIResponse(responseCode = "204", description = "Événement supprimé")
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Des membres s'y sont inscrits : à annuler plutôt")
    public void delete(@PathParam("id") UUID id) {
        editing.delete(id, viewer());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "cancelEvent",
            summary = "Annuler un événement",
            description = "Chaque inscrit (confirmé ou en liste d'attente) est prévenu, avec le motif ; les"
                    + " inscriptions restent pour l'historique.")
    @APIResponse(
            responseCode = "200",
            description = "Événement annulé",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Déjà annulé, ou terminé")
    public EventView cancel(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) EventCancel body) {
        return editing.cancel(id, viewer(), body);
    }

    @POST
    @Path("/{id}/registration")
    @Operation(
            operationId = "registerForEvent",
            summary = "M'inscrire",
            description = "Une place confirmée s'il en reste, sinon la liste d'attente (avec ma position). Déjà"
                    + " inscrit·e : la même réponse.")
    @APIResponse(
            responseCode = "200",
            description = "Mon inscription",
            content = @Content(schema = @Schema(implementation = MyRegistration.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Événement annulé")
    @APIResponse(responseCode = "422", description = "L'événement a commencé : inscriptions closes")
    public MyRegistration register(@PathParam("id") UUID id) {
        return registrations.register(id, viewer());
    }

    @DELETE
    @Path("/{id}/registration")
    @Operation(
            operationId = "cancelRegistration",
            summary = "Annuler mon inscription",
            description = "Possible jusqu'à la fin de l'événement. Une place confirmée libérée avant le début va"
                    + " aussitôt au premier de la liste d'attente, qui est prévenu.")
    @APIResponse(responseCode = "204", description = "Inscription annulée (ou il n'y en avait pas)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "L'événement est terminé")
    public void unregister(@PathParam("id") UUID id) {
        registrations.unregister(id, viewer());
    }

    @GET
    @Path("/{id}/registrations")
    @Operation(
            operationId = "listEventRegistrations",
            summary = "Les inscrits d'un événement",
            description = "Pour les organisateurs : les confirmés, puis la liste d'attente dans l'ordre, puis les"
                    + " inscriptions annulées. 403 pour les autres membres, 404 pour un événement inconnu.")
    public PageResponse<Registrant> registrants(@PathParam("id") UUID id, @Valid @BeanParam RegistrantQuery query) {
        return views.registrants(id, query, viewer());
    }

    @GET
    @Path("/{id}/registrations.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportEventRegistrations",
            summary = "Exporter les inscrits (CSV)",
            description = "Pour les organisateurs. UTF-8 avec BOM, séparateur « ; », heures de Paris : nom,"
                    + " organisation, statut, position, inscrit le, présent.")
    @APIResponse(
            responseCode = "200",
            description = "Le fichier CSV",
            content =
                    @Content(
                            mediaType = CSV,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response export(@PathParam("id") UUID id) {
        RegistrantsExport export = views.export(id, viewer());
        String day = export.startsAt()
                .atZoneSameInstant(ZoneId.of("Europe/Paris"))
                .toLocalDate()
                .toString();
        return Response.ok(RegistrantsCsv.write(export.registrants()))
                .type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"inscrits-" + day + ".csv\"")
                .build();
    }

    @PUT
    @Path("/{id}/registrations/{memberId}/attendance")
    @Operation(
            operationId = "markAttendance",
            summary = "Noter la présence d'un inscrit",
            description = "Pour les organisateurs, une fois l'événement commencé, pour une inscription confirmée.")
    @APIResponse(responseCode = "204", description = "Présence notée")
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    @APIResponse(responseCode = "404", description = "Événement introuvable, ou ce membre n'y est pas inscrit")
    @APIResponse(responseCode = "409", description = "Inscription non confirmée, ou événement annulé")
    @APIResponse(responseCode = "422", description = "L'événement n'a pas commencé")
    public void markAttendance(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        registrations.markAttendance(id, memberId, viewer(), true);
    }

    @DELETE
    @Path("/{id}/registrations/{memberId}/attendance")
    @Operation(operationId = "unmarkAttendance", summary = "Retirer la présence notée d'un inscrit")
    @APIResponse(responseCode = "204", description = "Présence retirée")
    @APIResponse(responseCode = "403", description = NOT_ORGANISER)
    @APIResponse(responseCode = "404", description = "Événement introuvable, ou ce membre n'y est pas inscrit")
    @APIResponse(responseCode = "409", description = "Inscription non confirmée, ou événement annulé")
    @APIResponse(responseCode = "422", description = "L'événement n'a pas commencé")
    public void unmarkAttendance(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        registrations.markAttendance(id, memberId, viewer(), false);
    }

    @POST
    @Path("/{id}/check-in")
    @Operation(
            operationId = "checkInToEvent",
            summary = "Pointer ma présence",
            description = "Pour un inscrit confirmé, de 15 minutes avant le début jusqu'à la fin de l'événement.")
    @APIResponse(responseCode = "204", description = "Présence notée")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Pas inscrit·e confirmé·e, ou événement annulé")
    @APIResponse(responseCode = "422", description = "En dehors de l'horaire de l'événement")
    public void checkIn(@PathParam("id") UUID id) {
        registrations.checkIn(id, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
