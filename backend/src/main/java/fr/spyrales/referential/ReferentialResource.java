package fr.spyrales.referential;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.referential.ReferentialDtos.OrganizationItem;
import fr.spyrales.referential.ReferentialDtos.RegionItem;
import fr.spyrales.referential.ReferentialDtos.SkillItem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@PermitAll
@PartnerScope({})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Référentiels", description = "Organisations, compétences et régions")
public class ReferentialResource {
    private final ReferentialService service;

    ReferentialResource(ReferentialService service) {
        this.service = service;
    }

    @GET
    @Path("organizations")
    @Operation(
            operationId = "listOrganizations",
            summary = "Lister les organisations (ministères, directions, opérateurs, collectivités)")
    public PageResponse<OrganizationItem> organizations(
            @QueryParam("q")
                    @Size(max = 100, message = "La recherche ne doit pas dépasser 100 caractères.")
                    @Parameter(
                            description = "Filtre sur le nom ou le sigle, sans tenir compte des accents.",
                            example = "insee")
                    String q,
            @Valid @BeanParam PageQuery page) {
        return service.organizations(q, page);
    }

    @GET
    @Path("skills")
    @Operation(operationId = "listSkills", summary = "Lister les compétences")
    public PageResponse<SkillItem> skills(@Valid @BeanParam PageQuery page) {
        return service.skills(page);
    }

    @GET
    @Path("regions")
    @Operation(operationId = "listRegions", summary = "Lister les régions")
    public PageResponse<RegionItem> regions(@Valid @BeanParam PageQuery page) {
        return service.regions(page);
    }
}
