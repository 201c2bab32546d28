package fr.spyrales.partner.oauth;

/**
 * A refusal of the token endpoint, answered as RFC 6749 §5.2 says (not as problem+json: OAuth clients read
 * {@code error}): the error code, and a French description for the partner's developers.
 */
public class OAuthError extends RuntimeException {
    private final String code;
    private final int status;

    OAuthError(String code, int status, String description) {
        super(description, null, false, false);
        this.code = code;
        this.status = status;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError("invalid_request", 400, description);
    }

    static OAuthError invalidClient(String description) {
        return new OAuthError("invalid_client", 401, description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError("unsupported_grant_type", 400, description);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError("invalid_scope", 400, description);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
