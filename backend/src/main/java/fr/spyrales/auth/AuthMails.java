package fr.spyrales.auth;

import fr.spyrales.common.PublicUrl;
import fr.spyrales.mail.MailOutbox;
import fr.spyrales.mail.OutgoingMail;
import fr.spyrales.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The account mails, in French, posted to the outbox in the caller's transaction. Links point to the front end. */
@ApplicationScoped
public class AuthMails {
    private final MailOutbox mails;
    private final String publicUrl;
    private final AuthConfig config;

    AuthMails(MailOutbox mails, PublicUrl publicUrl, AuthConfig config) {
        this.mails = mails;
        this.publicUrl = publicUrl.base();
        this.config = config;
    }

    void verification(Member member, String token) {
        mails.enqueue(
                new OutgoingMail(member.id, member.email, "Confirmez votre adresse e-mail — Spyrales", """
                Bonjour %s,

                Bienvenue dans Spyrales, la communauté des agents publics qui se forment ensemble à la science des données.

                Pour confirmer votre adresse e-mail, ouvrez ce lien (valable %d heures) :
                %s/verification?token=%s

                Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message.

                Ne laisser personne sur le bord de la route,
                L'équipe Spyrales
                """.formatted(
                                member.firstName, config.tokens().verificationTokenHours(), publicUrl, encode(token))));
    }

    void alreadyRegistered(Member member) {
        mails.enqueue(new OutgoingMail(member.id, member.email, "Vous avez déjà un compte — Spyrales", """
                Bonjour %s,

                Quelqu'un (peut-être vous) a demandé à créer un compte Spyrales avec cette adresse, qui en a déjà un.

                Pour vous connecter : %s/connexion
                Mot de passe oublié ? %s/mot-de-passe-oublie

                Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas changé.

                L'équipe Spyrales
                """.formatted(
                        member.firstName, publicUrl, publicUrl)));
    }

    void passwordReset(Member member, String token) {
        mails.enqueue(new OutgoingMail(
                member.id, member.email, "Réinitialisation de votre mot de passe — Spyrales", """
                Bonjour %s,

                Pour choisir un nouveau mot de passe, ouvrez ce lien (valable %d minutes) :
                %s/reinitialiser-mot-de-passe?token=%s

                Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

                L'équipe Spyrales
                """.formatted(
                                member.firstName, config.tokens().resetTokenMinutes(), publicUrl, encode(token))));
    }

    /** The link that joins a ProConnect identity to the account, for the agent who has not (or no longer) its password. */
    void proConnectLink(Member member, String token, int minutes) {
        mails.enqueue(
                new OutgoingMail(member.id, member.email, "Liez votre compte à ProConnect — Spyrales", """
                Bonjour %s,

                Vous venez de vous identifier avec ProConnect, et un compte Spyrales existe déjà avec cette adresse.
                Pour confirmer qu'il est à vous et le lier à votre identité ProConnect, ouvrez ce lien
                (valable %d minutes, une seule fois) :
                %s/connexion/proconnect/confirmer?token=%s

                Ensuite, ProConnect suffira pour vous connecter à Spyrales.

                Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne sera lié sans ce lien.

                L'équipe Spyrales
                """.formatted(
                                member.firstName, minutes, publicUrl, encode(token))));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
