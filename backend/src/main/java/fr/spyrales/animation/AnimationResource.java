package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.MentorCandidate;
import fr.spyrales.animation.AnimationDtos.PairingActionResult;
import fr.spyrales.animation.AnimationDtos.PairingClosure;
import fr.spyrales.animation.AnimationDtos.PairingReassignment;
import fr.spyrales.animation.AnimationDtos.PairingRow;
import fr.spyrales.animation.AnimationDtos.Queues;
import fr.spyrales.animation.AnimationDtos.Reminder;
import fr.spyrales.animation.AnimationDtos.ReminderCreate;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/animation")
@RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Animation", description = "La console des animateurs : files à traiter, relances, liste des mentorats")
public class AnimationResource {
    static final String SUPERVISORS_ONLY = "Réservé aux animateurs et aux administrateurs";
    static final String CSV = "text/csv";

    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    private final AnimationQueues queues;
    private final Reminders reminders;
    private final PairingActions pairingActions;
    private final CurrentMember current;

    AnimationResource(
            AnimationQueues queues, Reminders reminders, PairingActions pairingActions, CurrentMember current) {
        this.queues = queues;
        this.reminders = reminders;
        this.pairingActions = pairingActions;
        this.current = current;
    }

    @GET
    @Path("/queues")
    @Operation(
            operationId = "getAnimationQueues",
            summary = "Les files de la console d'animation",
            description = "Propositions à modérer (comptes), demandes sans réponse, mentorats sans séance, avis"
                    + " faibles, projets sans responsable actif, événements sans replay : pour chaque file, son total"
                    + " et ses premières lignes, avec la dernière relance. États, dates, noms et comptes seulement :"
                    + " jamais un message, une note, un objectif ni un avis. Les mentorats dont l'appelant est l'une des"
                    + " deux personnes n'y figurent pas.")
    @APIResponse(responseCode = "200", description = "Les files, avec leurs totaux et leurs premières lignes")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    public Queues queues() {
        return queues.queues(current.id());
    }

    @POST
    @Path("/reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "sendAnimationReminder",
            summary = "Relancer depuis une file de la console",
            description = "Envoie une notification et un e-mail (mis en file d'envoi) aux personnes que la file"
                    + " permet de relancer, et l'inscrit au journal d'audit. Une seule relance par ligne et par"
                    + " période de 7 jours.")
    @APIResponse(
            responseCode = "201",
            description = "Relance envoyée",
            content = @Content(schema = @Schema(implementation = Reminder.class)))
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    @APIResponse(responseCode = "404", description = "Mentorat, projet ou événement introuvable")
    @APIResponse(
            responseCode = "409",
            description = "Déjà relancé il y a moins de 7 jours, ligne sortie de la file, ou personne à relancer")
    public Response remind(@Valid @NotNull(message = BODY_REQUIRED) ReminderCreate body) {
        Reminder sent = reminders.send(body, current.id());
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }

    @GET
    @Path("/pairings")
    @Operation(
            operationId = "listAnimationPairings",
            summary = "Tous les mentorats (animateurs)",
            description = "Filtrés par état, organisation, région et date de début ; les plus récents d'abord. Noms,"
                    + " organisations, états, dates et comptes : rien de ce que les deux personnes ont écrit.")
    @APIResponse(responseCode = "200", description = "Une page de mentorats")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    public PageResponse<PairingRow> pairings(@Valid @BeanParam PairingQuery query) {
        return queues.pairings(query.filter(), query);
    }

    @GET
    @Path("/pairings.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportAnimationPairings",
            summary = "Exporter les mentorats (CSV)",
            description = "Les mentorats que gardent les filtres (page et taille ignorées). UTF-8 avec BOM,"
                    + " séparateur « ; », dates de Paris ; colonnes : " + PairingsCsv.HEADER + ". L'export est"
                    + " inscrit au journal d'audit.")
    @APIResponse(
            responseCode = "200",
            description = "Le fichier CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    public Response export(@Valid @BeanParam PairingQuery query) {
        var rows = queues.export(query.filter(), current.id());
        String day = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        return Response.ok(PairingsCsv.write(rows))
                .type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mentorats-" + day + ".csv\"")
                .build();
    }

    @POST
    @Path("/pairings/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeAnimationPairing",
            summary = "Clore une demande ou un mentorat depuis la console",
            description = "Une demande en attente est retirée (WITHDRAWN), un mentorat en cours ou en pause est annulé"
                    + " (CANCELLED : la place du mentor se libère et leur avis est demandé aux deux personnes). Le"
                    + " message est envoyé aux deux personnes (notification et e-mail) et inscrit dans l'historique du"
                    + " mentorat ; l'action est inscrite au journal d'audit. Une personne du mentorat utilise les"
                    + " actions de sa page.")
    @APIResponse(
            responseCode = "200",
            description = "Clos",
            content = @Content(schema = @Schema(implementation = PairingActionResult.class)))
    @APIResponse(responseCode = "400", description = "Message absent, trop court ou trop long")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY + ", qui ne sont pas du mentorat")
    @APIResponse(responseCode = "404", description = "Mentorat introuvable")
    @APIResponse(responseCode = "409", description = "Déjà terminé, décliné, retiré ou expiré")
    public PairingActionResult close(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) PairingClosure body) {
        return pairingActions.close(id, body.reason(), current.id());
    }

    @POST
    @Path("/pairings/{id}/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reassignAnimationPairing",
            summary = "Confier la demande à un autre mentor depuis la console",
            description = "La demande en attente est retirée (WITHDRAWN) ou le mentorat en cours annulé (CANCELLED),"
                    + " et une nouvelle demande de la même personne part au mentor choisi, avec le même message et les"
                    + " mêmes objectifs (recopiés par le serveur : la console ne les voit pas), selon les règles d'une"
                    + " demande : le mentor accompagne, a une place libre, n'est pas la personne elle-même, n'est pas"
                    + " suspendu, n'a ni demande en cours avec elle ni refus passé. Si une règle refuse, rien n'est"
                    + " changé. La personne accompagnée et l'ancien mentor reçoivent le message (notification et"
                    + " e-mail), le nouveau mentor la proposition des animateurs. Inscrit au journal d'audit.")
    @APIResponse(
            responseCode = "201",
            description = "Nouvelle demande envoyée ; Location donne le nouveau mentorat",
            content = @Content(schema = @Schema(implementation = PairingActionResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Message ou mentor absent, même mentor, mentor inconnu ou suspendu")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY + ", qui ne sont pas du mentorat")
    @APIResponse(responseCode = "404", description = "Mentorat introuvable")
    @APIResponse(
            responseCode = "409",
            description = "Déjà terminé, décliné, retiré ou expiré, ou demande déjà en cours avec ce mentor")
    @APIResponse(
            responseCode = "422",
            description = "Une règle de la demande la refuse (mentor complet ou qui n'accompagne pas, la personne"
                    + " elle-même, refus passé…)")
    public Response reassign(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = BODY_REQUIRED) PairingReassignment body,
            @Context UriInfo uri) {
        PairingActionResult result = pairingActions.reassign(id, body.mentorId(), body.reason(), current.id());
        return Response.created(uri.getBaseUriBuilder()
                        .path("mentorships")
                        .path(result.newRequestId().toString())
                        .build())
                .entity(result)
                .build();
    }

    @GET
    @Path("/pairings/{id}/mentor-candidates")
    @Operation(
            operationId = "listAnimationMentorCandidates",
            summary = "Les mentors à qui confier la demande d'un mentorat",
            description = "Mentors qui accompagnent, avec une place libre, profil partagé, non suspendus, sans demande"
                    + " en cours ni refus passé avec la personne accompagnée, hors ses deux personnes ; les plus de"
                    + " places libres d'abord. Filtre `q` sur le nom ou l'organisation. Nom, organisation et places"
                    + " seulement.")
    @APIResponse(responseCode = "200", description = "Une page de mentors possibles")
    @APIResponse(responseCode = "400", description = "Paramètres invalides")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    @APIResponse(responseCode = "404", description = "Mentorat introuvable")
    public PageResponse<MentorCandidate> mentorCandidates(
            @PathParam("id") UUID id, @Valid @BeanParam MentorCandidateQuery query) {
        return pairingActions.candidates(id, query.q, query);
    }
}
