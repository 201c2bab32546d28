package fr.spyrales.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation the error responses it can produce, all as problem+json:
 * 400 for any request, 401/403 when it needs a token, 404 when its path names a resource, 415 when it reads a body
 * (sent in another format than the one it consumes).
 * Error responses declared on an operation only need a description; the body is added here, unless the
 * operation declares its own problem+json schema (a problem with extension members).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiContractFilter::nullableReferences);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) -> item.getOperations().forEach((method, operation) -> complete(path, operation)));
    }

    private void complete(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // Any request can be malformed, even one without parameters: an address that is not valid percent-encoding,
        // a NUL character in a query parameter, an unreadable forwarded client address.
        addIfMissing(responses, "400", "Requête mal formée ou champs invalides");
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "415", "Corps de la requête dans un autre format que JSON");
        }
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            // Replaces the generic English descriptions generated from @RolesAllowed.
            responses.addAPIResponse(
                    "401", OASFactory.createAPIResponse().description("Jeton absent, invalide ou expiré"));
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("Rôle insuffisant"));
        } else if (operation.getSecurity() == null) {
            // A public operation says so (`security: []`), so that readers, linters and client generators do not take
            // it for a forgotten requirement.
            operation.setSecurity(new ArrayList<>());
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404", "Ressource introuvable");
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            boolean error = entry.getKey().startsWith("4") || entry.getKey().startsWith("5");
            // An error that adds members to the problem declares its own problem+json schema; the others get the plain
            // one.
            if (error && !declaresProblemSchema(entry.getValue())) {
                entry.getValue().setContent(problemContent());
            }
        }
    }

    /**
     * A nullable enum property comes out as `$ref` beside `type: [string, "null"]`, which code
     * generators read as "never null": say it as `anyOf: [$ref, null]` instead.
     */
    private static void nullableReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (property.getRef() != null
                    && property.getType() != null
                    && property.getType().contains(Schema.SchemaType.NULL)) {
                schema.addProperty(
                        name,
                        OASFactory.createSchema()
                                .description(property.getDescription())
                                .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /**
     * Whether the operation declared this error's body itself: a problem with extension members, or another standard's
     * error format (OAuth 2.0's token endpoint answers RFC 6749 errors in application/json).
     */
    private static boolean declaresProblemSchema(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().size() == 1
                && response.getContent()
                                .getMediaTypes()
                                .values()
                                .iterator()
                                .next()
                                .getSchema()
                        != null;
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
