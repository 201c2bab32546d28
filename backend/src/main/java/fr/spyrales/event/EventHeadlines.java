package fr.spyrales.event;

import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.common.news.NewsHeadline;
import fr.spyrales.common.news.NewsHeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** The headlines of the events' news: their title, type and start. */
@ApplicationScoped
class EventHeadlines implements NewsHeadlines {
    private static final Set<CommunityNews.Type> OURS = Set.of(
            CommunityNews.Type.EVENT_CREATED,
            CommunityNews.Type.EVENT_CANCELLED,
            CommunityNews.Type.EVENT_REPLAY_PUBLISHED);

    private final EventRepository events;

    EventHeadlines(EventRepository events) {
        this.events = events;
    }

    @Override
    public Optional<NewsHeadline> headline(CommunityNews news) {
        if (!OURS.contains(news.type())) {
            return Optional.empty();
        }
        return events.findByIdOptional(news.subjectId())
                .map(e -> new NewsHeadline(e.title, e.type.name(), e.startsAt, "/evenements/" + e.id));
    }
}
