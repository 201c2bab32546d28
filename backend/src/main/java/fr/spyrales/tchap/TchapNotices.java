package fr.spyrales.tchap;

import fr.spyrales.common.PublicUrl;
import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.common.news.NewsHeadline;
import fr.spyrales.common.news.NewsHeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes the notices of a community news into the outbox, one per room subscribed to its type, inside the
 * transaction of the change (the news is fired there): committed with it, or not at all. Only rows are written
 * here; the homeserver is called later by {@link TchapWorker}.
 */
@ApplicationScoped
class TchapNotices {
    private static final Logger LOG = Logger.getLogger(TchapNotices.class);

    private final TchapRoomRepository rooms;
    private final TchapNoticeRepository notices;
    private final Instance<NewsHeadlines> headlines;
    private final PublicUrl publicUrl;
    private final TchapConfig config;

    TchapNotices(
            TchapRoomRepository rooms,
            TchapNoticeRepository notices,
            Instance<NewsHeadlines> headlines,
            PublicUrl publicUrl,
            TchapConfig config) {
        this.rooms = rooms;
        this.notices = notices;
        this.headlines = headlines;
        this.publicUrl = publicUrl;
        this.config = config;
    }

    void onNews(@Observes CommunityNews news) {
        Optional<TchapNewsType> type = TchapNewsType.of(news.type());
        if (type.isEmpty()) {
            return;
        }
        List<UUID> subscribed = rooms.subscribedTo(type.get());
        if (subscribed.isEmpty()) {
            return;
        }
        Optional<NewsHeadline> headline = headline(news);
        if (headline.isEmpty()) {
            LOG.warnf("No headline for %s %s: no Tchap notice", news.eventType(), news.subjectId());
            return;
        }
        TchapMessage message = TchapMessage.of(
                type.get(),
                headline.get(),
                publicUrl.link(headline.get().path()),
                OffsetDateTime.now(),
                config.allowHttp());
        for (UUID room : subscribed) {
            notices.insert(room, type.get().name(), news.subjectId(), message);
        }
    }

    /** A test message for one room, queued like any notice. */
    void queueTest(UUID room) {
        notices.insert(room, "TEST", room, TchapMessage.test(publicUrl.link("/"), config.allowHttp()));
    }

    private Optional<NewsHeadline> headline(CommunityNews news) {
        for (NewsHeadlines feature : headlines) {
            Optional<NewsHeadline> found = feature.headline(news);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
