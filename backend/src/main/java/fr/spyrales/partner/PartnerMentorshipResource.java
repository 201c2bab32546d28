package fr.spyrales.partner;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.PartnerMentorshipDtos.Pairing;
import fr.spyrales.partner.PartnerMentorshipDtos.Summary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partner clients read the mentorships of their own organisation's agents (scope mentorships:read). */
@Path("/partner/mentorships")
@RolesAllowed(Roles.API_CLIENT)
@PartnerScope(PartnerScopes.MENTORSHIPS_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partenaires", description = "Ce que lisent les clients partenaires de leur propre organisation")
public class PartnerMentorshipResource {
    private final PartnerMentorships mentorships;
    private final CurrentClient client;

    PartnerMentorshipResource(PartnerMentorships mentorships, CurrentClient client) {
        this.mentorships = mentorships;
        this.client = client;
    }

    @GET
    @Operation(
            operationId = "listPartnerMentorships",
            summary = "Les binômes de mentorat de mon organisation (clients partenaires)",
            description = "Les binômes dont la personne mentorée ou le mentor est de l'organisation du client : état,"
                    + " dates, noms publics et organisations des deux personnes ; jamais le message, les objectifs,"
                    + " les commentaires ni les retours. Les plus récents d'abord.")
    @APIResponse(responseCode = "200", description = "Une page de binômes")
    public PageResponse<Pairing> list(@Valid @BeanParam PageQuery page) {
        return mentorships.pairings(client.organisationId(), page);
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getPartnerMentorshipSummary",
            summary = "Les chiffres du mentorat de mon organisation (clients partenaires)")
    @APIResponse(
            responseCode = "200",
            description = "Les binômes par état, et les mentors et mentorés actifs de l'organisation",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    public Summary summary() {
        return mentorships.summary(client.organisationId());
    }
}
