package fr.spyrales.partner.webhook;

import fr.spyrales.common.news.CommunityNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Hears the community's news in the transaction of each change and queues the webhooks it calls for. */
@ApplicationScoped
class WebhookNews {
    private final WebhookOutbox outbox;

    WebhookNews(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    void on(@Observes CommunityNews news) {
        outbox.post(news.eventType(), news.subjectId(), news.at());
    }
}
