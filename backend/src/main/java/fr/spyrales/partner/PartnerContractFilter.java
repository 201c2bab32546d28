package fr.spyrales.partner;

import fr.spyrales.common.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Says in the contract what partner clients may call: the OAuth 2.0 scheme {@code partnerOAuth} (client credentials,
 * its seven scopes), and on each operation carrying {@link PartnerScope} (on the method or its class) a security entry
 * with its scopes beside the members' bearer one, the 429 of the client's rate limit and the RateLimit-* headers.
 * Operations without it refuse partner tokens: they document 403.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartnerContractFilter implements OASFilter {
    static final String SCHEME = "partnerOAuth";
    private static final DotName PARTNER_SCOPE = DotName.createSimple(PartnerScope.class.getName());
    private static final DotName OPERATION =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class.getName());
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The scopes by operation id; an empty list: any partner client. */
    private final Map<String, List<String>> scopesByOperation;

    public PartnerContractFilter(IndexView index) {
        this.scopesByOperation = scopes(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        OAuthFlow flow = OASFactory.createOAuthFlow().tokenUrl("/api/v1/oauth/token");
        PartnerScopes.DESCRIPTIONS.forEach(flow::addScope);
        openAPI.getComponents()
                .addSecurityScheme(
                        SCHEME,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.OAUTH2)
                                .description("Clients partenaires (autres administrations) : jeton obtenu par"
                                        + " POST /api/v1/oauth/token avec grant_type=client_credentials.")
                                .flows(OASFactory.createOAuthFlows().clientCredentials(flow)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(this::complete));
    }

    private void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<String> scopes = scopesByOperation.get(operation.getOperationId());
        if (scopes == null) {
            if (!responses.hasAPIResponse("403")) {
                responses.addAPIResponse(
                        "403", problem("Jeton de client partenaire : opération non ouverte aux partenaires"));
            }
            return;
        }
        boolean open =
                operation.getSecurity() == null || operation.getSecurity().isEmpty();
        if (open && scopes.isEmpty()) {
            // A public operation (referentials) that partner clients may also call with their token: nothing to add.
            return;
        }
        if (open) {
            // Open to anonymous callers too: an empty requirement says the token is optional.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, scopes));
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", problem("Jeton absent, invalide ou expiré"));
        }
        if (!responses.hasAPIResponse("403")) {
            // The same words as OpenApiContractFilter's for secured operations, whichever of the two runs first.
            responses.addAPIResponse("403", problem("Rôle insuffisant"));
        }
        responses.addAPIResponse(
                "429",
                problem("Limite d'appels par minute du client partenaire atteinte")
                        .addHeader("Retry-After", header("Secondes à attendre avant de réessayer."))
                        .addHeader("RateLimit-Limit", header("Appels permis par minute (clients partenaires)."))
                        .addHeader("RateLimit-Remaining", header("Appels restants."))
                        .addHeader(
                                "RateLimit-Reset", header("Secondes avant que la limite soit entièrement rétablie.")));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader("RateLimit-Limit", header("Appels permis par minute (clients partenaires)."))
                        .addHeader("RateLimit-Remaining", header("Appels restants (clients partenaires)."))
                        .addHeader(
                                "RateLimit-Reset",
                                header(
                                        "Secondes avant que la limite soit entièrement rétablie (clients partenaires)."));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.ZERO));
    }

    private static Map<String, List<String>> scopes(IndexView index) {
        Map<String, List<String>> scopes = new HashMap<>();
        if (index == null) {
            return scopes;
        }
        for (AnnotationInstance annotation : index.getAnnotations(PARTNER_SCOPE)) {
            List<String> values = values(annotation.value());
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                operationId(annotation.target().asMethod()).ifPresent(id -> scopes.put(id, values));
            } else if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo type = annotation.target().asClass();
                for (MethodInfo method : type.methods()) {
                    if (method.annotation(PARTNER_SCOPE) == null) {
                        operationId(method).ifPresent(id -> scopes.putIfAbsent(id, values));
                    }
                }
            }
        }
        return scopes;
    }

    private static java.util.Optional<String> operationId(MethodInfo method) {
        AnnotationInstance operation = method.annotation(OPERATION);
        if (operation == null || operation.value("operationId") == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(operation.value("operationId").asString());
    }

    private static List<String> values(AnnotationValue value) {
        List<String> values = new ArrayList<>();
        if (value != null) {
            for (String scope : value.asStringArray()) {
                values.add(scope);
            }
        }
        return values;
    }
}
