package fr.spyrales.auth;

import fr.spyrales.common.PublicUrl;
import io.quarkus.oidc.Oidc;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig.Credentials.Secret;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * ProConnect as a quarkus-oidc tenant: a web app in authorisation-code flow with state and nonce, the
 * {@code client_secret} in the token request's body, the scopes ProConnect knows and nothing else in the authorize
 * request (no PKCE: ProConnect refuses parameters outside its list), the id token checked (signature against the
 * provider's keys, issuer, audience, expiry, nonce) and the user info read as the signed JWT ProConnect answers, about
 * the id token's subject. Created at start only when {@link ProConnectConfig#enabled()}; its discovery document is
 * read then (or at the first sign-in if ProConnect did not answer).
 */
@ApplicationScoped
class ProConnectTenant {
    private static final Logger LOG = Logger.getLogger(ProConnectTenant.class);
    static final String ID = "proconnect";
    static final String START_PATH = "/api/v1/auth/proconnect/start";
    static final String CALLBACK_PATH = "/api/v1/auth/proconnect/callback";

    private final TenantConfigBean tenants;

    ProConnectTenant(TenantConfigBean tenants) {
        this.tenants = tenants;
    }

    /** Static: quarkus-oidc asks while it builds the bean that holds the tenants, which this bean reads. */
    static void create(@Observes Oidc oidc, ProConnectConfig config, PublicUrl publicUrl, AuthConfig auth) {
        if (config.enabled()) {
            oidc.create(tenantConfig(config, publicUrl.link(CALLBACK_PATH), auth.cookieSecure()));
        }
    }

    static OidcTenantConfig tenantConfig(ProConnectConfig config, String redirectUri, boolean secureCookies) {
        return OidcTenantConfig.authServerUrl(config.issuer().orElseThrow().replaceAll("/+$", ""))
                .tenantId(ID)
                .applicationType(ApplicationType.WEB_APP)
                .tenantPaths(START_PATH, CALLBACK_PATH)
                .clientId(config.clientId().orElseThrow())
                .credentials()
                .clientSecret(config.clientSecret().orElseThrow(), Secret.Method.POST)
                .end()
                .connectionTimeout(config.connectTimeout())
                .authentication()
                .addOpenidScope(false)
                .scopes(Arrays.asList(config.scopes().trim().split("\\s+")))
                .nonceRequired(true)
                .pkceRequired(false)
                .userInfoRequired(true)
                // The address declared at ProConnect, whatever address the request came through.
                .redirectPath(redirectUri)
                .restorePathAfterRedirect(false)
                .removeRedirectParameters(false)
                .stateCookieAge(config.loginTimeout())
                .cookieForceSecure(secureCookies)
                .end()
                .token()
                .subjectRequired(true)
                .lifespanGrace((int) config.clockSkew().toSeconds())
                .end()
                .build();
    }

    /** ProConnect's end_session_endpoint, from the discovery document quarkus-oidc read. */
    Optional<String> endSessionEndpoint() {
        TenantConfigContext tenant = tenants.getStaticTenant(ID);
        OidcConfigurationMetadata metadata = tenant == null ? null : tenant.getOidcMetadata();
        if (metadata == null) {
            LOG.warn("ProConnect's discovery document is not known: no end-session address at logout");
            return Optional.empty();
        }
        return Optional.ofNullable(metadata.getEndSessionUri());
    }
}
