package fr.spyrales.member;

import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.member.MemberDtos.MemberProfile;
import fr.spyrales.member.MemberDtos.MemberSummary;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/members")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Annuaire", description = "Les agents de la communauté")
public class MemberResource {
    private final MemberDirectory directory;
    private final MemberService service;
    private final CurrentMember current;

    MemberResource(MemberDirectory directory, MemberService service, CurrentMember current) {
        this.directory = directory;
        this.service = service;
        this.current = current;
    }

    @GET
    @PartnerScope(PartnerScopes.MEMBERS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "listMembers",
            summary = "Chercher dans l'annuaire",
            description = "Membres confirmés dont le profil est visible par la communauté, paginés.")
    public PageResponse<MemberSummary> list(@Valid @BeanParam DirectoryQuery query) {
        return directory.search(query);
    }

    @GET
    @Path("/{id}")
    @PartnerScope(PartnerScopes.MEMBERS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(operationId = "getMember", summary = "Lire la fiche d'un membre")
    @APIResponse(
            responseCode = "200",
            description = "La fiche du membre",
            content = @Content(schema = @Schema(implementation = MemberProfile.class)))
    @APIResponse(responseCode = "404", description = "Membre inconnu ou profil privé")
    public MemberProfile get(@PathParam("id") UUID id) {
        return service.visibleProfile(id, current.id(), current.hasRole(Roles.ADMIN));
    }

    @PUT
    @Path("/{id}/roles/animateur")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "grantAnimateur", summary = "Nommer un membre animateur (administrateurs)")
    @APIResponse(
            responseCode = "200",
            description = "La fiche du membre, avec son nouveau rôle",
            content = @Content(schema = @Schema(implementation = MemberProfile.class)))
    @APIResponse(responseCode = "404", description = "Membre inconnu")
    public MemberProfile grantAnimateur(@PathParam("id") UUID id) {
        return service.setAnimateur(id, true, current.id());
    }

    @DELETE
    @Path("/{id}/roles/animateur")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "revokeAnimateur", summary = "Retirer le rôle d'animateur (administrateurs)")
    @APIResponse(responseCode = "204", description = "Rôle retiré")
    @APIResponse(responseCode = "404", description = "Membre inconnu")
    public void revokeAnimateur(@PathParam("id") UUID id) {
        service.setAnimateur(id, false, current.id());
    }
}
