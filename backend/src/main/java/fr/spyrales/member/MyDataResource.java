package fr.spyrales.member;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
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

/** The member's rights over their data (RGPD): a copy of all of it, and the erasure of their account. */
@Path("/me")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mon profil")
public class MyDataResource {
    private final MemberDataExport dataExport;
    private final MemberErasure erasure;
    private final CurrentMember current;

    MyDataResource(MemberDataExport dataExport, MemberErasure erasure, CurrentMember current) {
        this.dataExport = dataExport;
        this.erasure = erasure;
        this.current = current;
    }

    @GET
    @Path("/export")
    @Operation(
            operationId = "exportMyData",
            summary = "Exporter toutes mes données (RGPD)",
            description =
                    "Profil, compte, mentorats des deux côtés (messages, historique, objectifs et commentaires, séances, "
                            + "avis donnés et avis reçus une fois visibles), notifications et binômes proposés par les appariements.")
    @APIResponse(
            responseCode = "200",
            description = "Toutes les données du compte, en JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PersonalDataExport")))
    public Response export() {
        return Response.ok(dataExport.export(current.id()))
                .header("Content-Disposition", "attachment; filename=\"spyrales-mes-donnees.json\"")
                .build();
    }

    @DELETE
    @Operation(
            operationId = "deleteMyAccount",
            summary = "Supprimer mon compte et effacer mes données personnelles (RGPD)",
            description =
                    "Irréversible. Les sessions sont fermées, les mentorats en cours arrêtés ; les textes écrits par le membre "
                            + "(messages, objectifs, commentaires, notes de séance, avis) deviennent « contenu supprimé ». L'autre personne "
                            + "de chaque binôme garde le mentorat, ses dates et ses états, avec « Membre supprimé » à la place du nom.")
    @APIResponse(responseCode = "204", description = "Compte supprimé")
    public void erase() {
        erasure.erase(current.id());
    }
}
