package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.OrganizationSuggestion;
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

/** The organisation suggested to the member by the SIRET ProConnect gave. HTTP only: see {@link ProConnectOrganizationSuggestion}. */
@Path("/me/organization-suggestion")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mon profil")
public class ProConnectSuggestionResource {
    private final ProConnectOrganizationSuggestion suggestions;
    private final CurrentMember current;

    ProConnectSuggestionResource(ProConnectOrganizationSuggestion suggestions, CurrentMember current) {
        this.suggestions = suggestions;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "getMyOrganizationSuggestion",
            summary = "Lire l'organisation que suggère ProConnect",
            description =
                    "Pour le membre connecté avec ProConnect qui n'a pas choisi d'organisation : celle que "
                            + "choisissent le plus souvent les autres membres dont le SIRET a le même SIREN (même organisme "
                            + "employeur). Rien quand aucun autre membre de cet organisme n'en a choisi, quand le membre en a "
                            + "déjà une ou qu'il a écarté la suggestion. Pour la choisir : updateMyProfile avec organizationId.")
    @APIResponse(
            responseCode = "200",
            description = "Une organisation suggérée",
            content = @Content(schema = @Schema(implementation = OrganizationSuggestion.class)))
    @APIResponse(responseCode = "204", description = "Aucune suggestion")
    public Response get() {
        return suggestions
                .of(current.id())
                .map(s -> Response.ok(s).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Operation(
            operationId = "dismissMyOrganizationSuggestion",
            summary = "Écarter l'organisation que suggère ProConnect",
            description = "La suggestion n'est plus faite pour l'organisme employeur actuel (même SIREN) ; elle "
                    + "revient si ProConnect donne un jour un autre SIREN.")
    @APIResponse(responseCode = "204", description = "Suggestion écartée (ou aucune à écarter)")
    public void dismiss() {
        suggestions.dismiss(current.id());
    }
}
