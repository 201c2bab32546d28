package fr.spyrales.notification;

import fr.spyrales.challenge.ChallengeNews;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who hears about their challenge entry, inside the change's transaction. The texts name the challenge, never a
 * person nor what a person wrote: a member's erasure then leaves nothing of theirs in the others' notifications.
 */
@ApplicationScoped
public class ChallengeNotifications {
    private final MemberRepository members;
    private final Notifier notifier;

    ChallengeNotifications(MemberRepository members, Notifier notifier) {
        this.members = members;
        this.notifier = notifier;
    }

    void onNews(@Observes ChallengeNews news) {
        String challenge = "« " + news.challengeTitle() + " »";
        members.findByIdOptional(news.recipient()).ifPresent(recipient -> {
            switch (news.kind()) {
                case COMMENTED ->
                    notifier.sendAboutChallenge(
                            NotificationKind.CHALLENGE_ENTRY_COMMENTED,
                            recipient,
                            news.challengeId(),
                            news.challengeTitle(),
                            "Nouveau commentaire sur votre participation à " + challenge,
                            "Un membre a commenté votre participation au défi.");
                case HIGHLIGHTED ->
                    notifier.sendAboutChallenge(
                            NotificationKind.CHALLENGE_ENTRY_HIGHLIGHTED,
                            recipient,
                            news.challengeId(),
                            news.challengeTitle(),
                            "Votre participation à " + challenge + " est mise en avant",
                            "Les animateurs ont mis votre participation en avant. Bravo !");
            }
        });
    }
}
