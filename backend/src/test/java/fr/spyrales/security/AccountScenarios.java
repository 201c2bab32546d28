package fr.spyrales.security;

import fr.spyrales.auth.ProConnectIdentities;
import fr.spyrales.auth.ProConnectProvider;
import fr.spyrales.member.Visibility;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Contexts of the operations on accounts: authentication (public: the caller's token, if any, is only sent
 * along), one's own account and notifications, the directory and roles, the public referentials.
 */
@ApplicationScoped
public class AccountScenarios {
    private static final String NEW_PASSWORD = "Nouvelles-tartines-2027";

    @Inject
    TestAccounts accounts;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    Cast cast;

    @Inject
    ProConnectIdentities identities;

    @Inject
    PartnerFixtures partners;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry(
                        "register",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of(
                                        "email",
                                        TestAccounts.newEmail(),
                                        "password",
                                        TestAccounts.PASSWORD,
                                        "firstName",
                                        "Élodie",
                                        "lastName",
                                        "Martin"))),
                Map.entry("verifyEmail", (caller, row) -> {
                    String email = registered();
                    return Call.by(cast.who(caller)).body(Map.of("token", accounts.lastToken(email)));
                }),
                Map.entry(
                        "resendVerification",
                        (caller, row) -> Call.by(cast.who(caller)).body(Map.of("email", registered()))),
                Map.entry(
                        "login",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of("email", confirmed(), "password", TestAccounts.PASSWORD))),
                Map.entry(
                        "refreshSession",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of(
                                        "refreshToken",
                                        accounts.login(confirmed()).refreshToken()))),
                Map.entry(
                        "logout",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of(
                                        "refreshToken",
                                        accounts.login(confirmed()).refreshToken()))),
                Map.entry(
                        "requestPasswordReset",
                        (caller, row) -> Call.by(cast.who(caller)).body(Map.of("email", confirmed()))),
                Map.entry("confirmPasswordReset", (caller, row) -> {
                    String email = confirmed();
                    TestAccounts.anonymous()
                            .body(Map.of("email", email))
                            .post("/api/v1/auth/password-reset")
                            .then()
                            .statusCode(202);
                    return Call.by(cast.who(caller))
                            .body(Map.of("token", accounts.lastToken(email), "password", NEW_PASSWORD));
                }),
                Map.entry("getAuthProviders", justTheCaller()),
                Map.entry("startProConnectLogin", justTheCaller()),
                Map.entry("finishProConnectLogin", (caller, row) -> {
                    ProConnectProvider.Started started = ProConnectProvider.start();
                    String code = ProConnectProvider.willAnswer(
                            ProConnectProvider.Agent.fresh(TestAccounts.newEmail()),
                            started.nonce(),
                            ProConnectProvider.IdToken.GOOD);
                    return Call.by(cast.who(caller))
                            .query("code", code)
                            .query("state", started.state())
                            .cookie(started.stateCookieName(), started.stateCookie());
                }),
                Map.entry("confirmProConnectLink", (caller, row) -> {
                    String email = confirmed();
                    String location = ProConnectProvider.signIn(ProConnectProvider.Agent.fresh(email))
                            .header("Location");
                    return Call.by(cast.who(caller))
                            .body(Map.of(
                                    "token",
                                    location.substring(location.indexOf('#') + 1),
                                    "password",
                                    TestAccounts.PASSWORD));
                }),
                Map.entry(
                        "sendProConnectLinkMail",
                        (caller, row) -> Call.by(cast.who(caller)).body(Map.of("token", pendingProConnectLink()))),
                Map.entry("confirmProConnectLinkByMail", (caller, row) -> {
                    String email = confirmed();
                    TestAccounts.anonymous()
                            .body(Map.of("token", pendingProConnectLink(email)))
                            .post("/api/v1/auth/proconnect/link/mail")
                            .then()
                            .statusCode(202);
                    return Call.by(cast.who(caller)).body(Map.of("token", accounts.lastToken(email)));
                }),
                Map.entry("getMyProfile", justTheCaller()),
                Map.entry("getMyOrganizationSuggestion", withAnOrganizationSuggestion()),
                Map.entry("dismissMyOrganizationSuggestion", withAnOrganizationSuggestion()),
                Map.entry("getMyOverview", justTheCaller()),
                Map.entry("dismissMyWelcome", justTheCaller()),
                Map.entry(
                        "updateMyProfile",
                        (caller, row) -> Call.by(cast.who(caller)).body(Map.of("jobTitle", "Statisticienne"))),
                Map.entry("exportMyData", justTheCaller()),
                Map.entry("listMySecurityEvents", justTheCaller()),
                Map.entry("listAuditEvents", justTheCaller()),
                Map.entry("listAuditActions", justTheCaller()),
                Map.entry("exportAuditEvents", justTheCaller()),
                Map.entry("deleteMyAccount", justTheCaller()),
                Map.entry("listMyNotifications", justTheCaller()),
                Map.entry("markAllNotificationsRead", justTheCaller()),
                Map.entry("markNotificationRead", (caller, row) -> {
                    // A mentor is told about the request they receive.
                    Account recipient =
                            mentorships.pairIn(MentorshipStatus.PENDING).mentor();
                    UUID notification = UUID.fromString(recipient
                            .as()
                            .get("/api/v1/me/notifications")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items[0].id"));
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, recipient)))
                            .path("id", notification);
                }),
                Map.entry("listMembers", justTheCaller()),
                Map.entry("getMember", (caller, row) -> {
                    Account holder = accounts.quickMember("Inès", "Discrète", m -> m.visibility = Visibility.PRIVATE);
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, holder)))
                            .path("id", holder.id());
                }),
                Map.entry("grantAnimateur", (caller, row) -> {
                    Account holder = cast.who(Caller.MEMBER);
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, holder)))
                            .path("id", holder.id());
                }),
                Map.entry("revokeAnimateur", (caller, row) -> {
                    Account holder = cast.who(Caller.ANIMATEUR);
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, holder)))
                            .path("id", holder.id());
                }),
                Map.entry("listOrganizations", justTheCaller()),
                Map.entry("listRegions", justTheCaller()),
                Map.entry("listSkills", justTheCaller()),
                Map.entry("getStats", justTheCaller()),
                Map.entry("getMemberStatistics", justTheCaller()),
                Map.entry("getMentorshipStatistics", justTheCaller()),
                Map.entry("getProjectStatistics", justTheCaller()),
                Map.entry("getEventStatistics", justTheCaller()),
                Map.entry("getTrainingStatistics", justTheCaller()));
    }

    /** Nothing to prepare: the call is about the caller alone, or about nobody in particular. */
    private Scenario justTheCaller() {
        return (caller, row) -> Call.by(cast.who(caller));
    }

    /** The token of a ProConnect identity waiting to join the confirmed account with the same address. */
    private String pendingProConnectLink() {
        return pendingProConnectLink(confirmed());
    }

    private String pendingProConnectLink(String email) {
        String location =
                ProConnectProvider.signIn(ProConnectProvider.Agent.fresh(email)).header("Location");
        return location.substring(location.indexOf('#') + 1);
    }

    /**
     * The caller signed in with ProConnect, without an organisation, and another member of the same employing body
     * (same SIREN) chose one: an organisation is suggested to the caller (and to them only).
     */
    private Scenario withAnOrganizationSuggestion() {
        return (caller, row) -> {
            Account account = cast.who(caller);
            if (Cast.isMember(account)) {
                String siren = ProConnectIdentities.newSiren();
                identities.peer(siren + "00013", partners.organization());
                identities.give(account.id(), siren + "00021");
            }
            return Call.by(account);
        };
    }

    /** An address that registered and did not confirm yet. */
    private String registered() {
        String email = TestAccounts.newEmail();
        accounts.register(email, "Élodie", "Martin");
        return email;
    }

    /** An address with a confirmed account, whose password is {@link TestAccounts#PASSWORD}. */
    private String confirmed() {
        String email = registered();
        accounts.verify(email);
        return email;
    }
}
