package fr.spyrales.notification;

import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.training.library.ResourceModerated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who hears about the review of a resource they proposed, inside the moderation's transaction. The texts name the
 * resource, never the animateur; the rejection's reason is in the mail and on the resource's page.
 */
@ApplicationScoped
public class ResourceNotifications {
    private final MemberRepository members;
    private final Notifier notifier;

    ResourceNotifications(MemberRepository members, Notifier notifier) {
        this.members = members;
        this.notifier = notifier;
    }

    void onModerated(@Observes ResourceModerated news) {
        String resource = "« " + news.resourceTitle() + " »";
        members.findByIdOptional(news.proposer()).ifPresent(recipient -> {
            switch (news.kind()) {
                case PUBLISHED ->
                    notifier.sendAboutResource(
                            NotificationKind.RESOURCE_PUBLISHED,
                            recipient,
                            news,
                            "Votre ressource " + resource + " est publiée",
                            "Les animateurs l'ont relue : elle est maintenant dans la bibliothèque. Merci !");
                case REJECTED ->
                    notifier.sendAboutResource(
                            NotificationKind.RESOURCE_REJECTED,
                            recipient,
                            news,
                            "Votre ressource " + resource + " n'a pas été retenue",
                            "Le motif est indiqué sur la ressource : vous pouvez la modifier pour la proposer de"
                                    + " nouveau.");
            }
        });
    }
}
