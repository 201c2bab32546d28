package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.MemberAdmin;
import fr.spyrales.animation.AnimationDtos.SuspensionReason;
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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/animation/members")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Animation", description = "La console des animateurs : files à traiter, relances, liste des mentorats")
public class MemberAdministrationResource {
    static final String ADMINS_ONLY = "Réservé aux administrateurs";
    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    private final MemberAdministration administration;
    private final CurrentMember current;

    MemberAdministrationResource(MemberAdministration administration, CurrentMember current) {
        this.administration = administration;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "searchMembersAsAdmin",
            summary = "Chercher un compte (administrateurs)",
            description = "Par nom ou adresse, comptes privés compris (pas les comptes supprimés) : rôles et"
                    + " suspension en cours.")
    @APIResponse(responseCode = "200", description = "Une page de comptes")
    @APIResponse(responseCode = "403", description = ADMINS_ONLY)
    public PageResponse<MemberAdmin> search(@Valid @BeanParam MemberQuery query) {
        return administration.search(query.q, query);
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "suspendMember",
            summary = "Suspendre un compte (administrateurs)",
            description = "Avec un motif. Le membre est déconnecté partout (ses jetons ne valent plus rien) et ne"
                    + " peut plus se connecter tant que la suspension n'est pas levée. Un administrateur ne se"
                    + " suspend pas lui-même et ne suspend pas un autre administrateur. Inscrit au journal d'audit.")
    @APIResponse(
            responseCode = "200",
            description = "Le compte, suspendu",
            content = @Content(schema = @Schema(implementation = MemberAdmin.class)))
    @APIResponse(responseCode = "403", description = ADMINS_ONLY)
    @APIResponse(responseCode = "404", description = "Membre inconnu")
    @APIResponse(responseCode = "409", description = "Compte déjà suspendu")
    @APIResponse(responseCode = "422", description = "Son propre compte, ou celui d'un administrateur")
    public MemberAdmin suspend(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) SuspensionReason body) {
        return administration.suspend(id, body.reason(), current.id());
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reinstateMember",
            summary = "Lever la suspension d'un compte (administrateurs)",
            description = "Avec un motif. Le membre peut de nouveau se connecter. Inscrit au journal d'audit.")
    @APIResponse(
            responseCode = "200",
            description = "Le compte, rétabli",
            content = @Content(schema = @Schema(implementation = MemberAdmin.class)))
    @APIResponse(responseCode = "403", description = ADMINS_ONLY)
    @APIResponse(responseCode = "404", description = "Membre inconnu")
    @APIResponse(responseCode = "409", description = "Compte non suspendu")
    public MemberAdmin reinstate(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) SuspensionReason body) {
        return administration.reinstate(id, body.reason(), current.id());
    }
}
