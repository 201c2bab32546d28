package fr.spyrales.member;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.member.MemberDtos.MyProfile;
import fr.spyrales.member.MemberDtos.ProfileUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mon profil", description = "Le profil du membre connecté")
public class MeResource {
    private final MemberService service;
    private final CurrentMember current;

    MeResource(MemberService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Operation(operationId = "getMyProfile", summary = "Lire mon profil")
    public MyProfile get() {
        return service.myProfile(current.id());
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateMyProfile",
            summary = "Modifier mon profil",
            description = "Seuls les champs présents sont modifiés ; skills remplace la liste entière.")
    public MyProfile update(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") ProfileUpdate body) {
        return service.update(current.id(), body);
    }
}
