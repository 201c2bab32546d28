package fr.spyrales.privacy;

import fr.spyrales.auth.CurrentMember;
import fr.spyrales.member.Member;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RolesAllowed(Member.ROLE_MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mon profil")
public class PersonalDataResource {
    private final PersonalDataService service;
    private final CurrentMember current;

    PersonalDataResource(PersonalDataService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Path("/export")
    @Operation(operationId = "exportMyData", summary = "Exporter toutes mes données (RGPD)")
    @APIResponse(responseCode = "200", description = "Toutes les données du compte, en JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalDataExport.class)))
    public Response export() {
        return Response.ok(service.export(current.id()))
                .header("Content-Disposition", "attachment; filename=\"spyrales-mes-donnees.json\"")
                .build();
    }

    @DELETE
    @Operation(operationId = "deleteMyAccount", summary = "Supprimer mon compte et effacer mes données personnelles (RGPD)",
            description = "Irréversible. Les sessions sont fermées ; une trace anonyme (« Membre supprimé ») est conservée là où d'autres membres en ont besoin.")
    @APIResponse(responseCode = "204", description = "Compte supprimé")
    public void erase() {
        service.erase(current.id());
    }
}
