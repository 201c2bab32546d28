package fr.spyrales.overview;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.overview.OverviewDtos.MyOverview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** « Mon espace »: the signed-in member's situation in one call, and the welcome they may close. */
@Path("/me/overview")
@RolesAllowed(Roles.MEMBER)
@Tag(name = "Mon profil")
public class OverviewResource {
    static final String EXAMPLE = """
            {
              "firstName": "Léa",
              "toAnswer": {
                "mentorshipRequests": [
                  {
                    "mentorshipId": "6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
                    "mentee": { "id": "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b", "displayName": "Karim Débutant" },
                    "proposedByProgramme": false,
                    "requestedAt": "2026-03-12T09:30:00+01:00"
                  }
                ],
                "mentorshipRequestCount": 1,
                "joinRequests": [],
                "joinRequestCount": 0,
                "feedbackToGive": [],
                "feedbackToGiveCount": 0
              },
              "mentorships": [
                {
                  "mentorshipId": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                  "status": "ACCEPTED",
                  "myRole": "MENTEE",
                  "otherParty": { "id": "7c6b5a4f-3e2d-4c1b-8a9f-0e1d2c3b4a5f", "displayName": "Paul Expert" },
                  "nextSession": {
                    "startsAt": "2026-03-19T14:00:00+01:00",
                    "durationMinutes": 60,
                    "videoUrl": "https://webconf.numerique.gouv.fr/seance-lea"
                  },
                  "goalsDone": 2,
                  "goalsTotal": 5,
                  "lastSessionOn": "2026-03-05"
                }
              ],
              "sentRequests": [],
              "projects": [
                {
                  "projectId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
                  "title": "Tableau de bord des effectifs",
                  "status": "IN_PROGRESS",
                  "myRole": "MEMBER",
                  "newTeamMembers": 1,
                  "pendingJoinRequests": 0,
                  "updatedAt": "2026-03-10T16:20:00+01:00"
                }
              ],
              "paths": [
                { "pathId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "title": "Débuter avec R", "stepsDone": 3, "stepsTotal": 8 }
              ],
              "events": [
                {
                  "eventId": "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f",
                  "title": "Atelier : premiers graphiques avec ggplot2",
                  "startsAt": "2026-03-24T10:00:00+01:00",
                  "endsAt": "2026-03-24T12:00:00+01:00",
                  "registration": "CONFIRMED",
                  "online": true
                }
              ],
              "challenge": {
                "challengeId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
                "title": "Les prénoms de 2024",
                "opensAt": "2026-03-16T09:00:00+01:00",
                "closesAt": "2026-03-22T23:59:00+01:00",
                "open": true,
                "myEntry": false
              },
              "notifications": {
                "unreadCount": 1,
                "latest": [
                  {
                    "id": "8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b",
                    "title": "Karim Débutant vous demande un mentorat",
                    "link": "/mentorats/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
                    "createdAt": "2026-03-12T09:30:00+01:00",
                    "read": false
                  }
                ]
              },
              "profileCompletion": {
                "percent": 83,
                "missing": [ { "field": "BIO", "label": "Vous présenter en quelques mots" } ]
              },
              "welcome": {
                "shown": false,
                "dismissed": false,
                "skillsDescribed": true,
                "learningWishesGiven": true,
                "mentorOrPathFound": true
              }
            }""";

    private final OverviewService service;
    private final CurrentMember current;

    OverviewResource(OverviewService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getMyOverview",
            summary = "Mon espace : ma situation en un appel",
            description = "Ce qui attend ma réponse, mes mentorats en cours avec leur prochaine séance et leurs"
                    + " objectifs, mes projets, mes parcours, mes prochains événements, le défi de la semaine, mes"
                    + " notifications, la complétude de mon profil et mes premiers pas. Un nombre fixe de requêtes,"
                    + " quelles que soient mes données. Réservé au membre lui-même : un jeton de client partenaire,"
                    + " qui ne représente aucun membre, est refusé.")
    @APIResponse(
            responseCode = "200",
            description = "Ma situation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MyOverview.class),
                            examples = @ExampleObject(name = "membre", value = EXAMPLE)))
    public MyOverview get() {
        return service.of(current.id());
    }

    @POST
    @Path("/welcome/dismiss")
    @Operation(
            operationId = "dismissMyWelcome",
            summary = "Fermer les premiers pas de Mon espace",
            description = "Les trois premiers pas ne s'affichent plus, même s'ils ne sont pas tous faits. Fermer deux"
                    + " fois ne change rien.")
    @APIResponse(responseCode = "204", description = "Premiers pas fermés")
    public void dismissWelcome() {
        service.dismissWelcome(current.id());
    }
}
