package fr.spyrales.common.security;

/** The roles carried by access tokens (the `groups` claim), named once for `@RolesAllowed` and role checks. */
public final class Roles {
    public static final String MEMBER = "member";
    public static final String ANIMATEUR = "animateur";
    public static final String ADMIN = "admin";
    /** Other administrations' applications (partner clients, OAuth 2.0 client credentials): never a member. */
    public static final String API_CLIENT = "api-client";
    /** The claim that marks a partner client's token (RFC 9068), which carries no `upn` and names no member. */
    public static final String CLIENT_ID_CLAIM = "client_id";

    private Roles() {}
}
