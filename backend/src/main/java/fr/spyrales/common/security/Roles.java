package fr.spyrales.common.security;

/** The roles carried by access tokens (the `groups` claim), named once for `@RolesAllowed` and role checks. */
public final class Roles {
    public static final String MEMBER = "member";
    public static final String ANIMATEUR = "animateur";
    public static final String ADMIN = "admin";

    private Roles() {}
}
