package fr.spyrales.mentorship;

import fr.spyrales.common.news.CommunityNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * Tells the community of a pairing that begins (a request accepted) or that ends well (completed, by its members or
 * at its planned end), in the transaction of the change: every path that changes a mentorship's status already fires
 * {@link MentorshipChanged}, so this is the one place that turns it into {@link CommunityNews}.
 */
@ApplicationScoped
class MentorshipCommunityNews {
    private final Event<CommunityNews> news;

    MentorshipCommunityNews(Event<CommunityNews> news) {
        this.news = news;
    }

    void onChange(@Observes MentorshipChanged change) {
        if (change.from() == MentorshipStatus.PENDING && change.to() == MentorshipStatus.ACCEPTED) {
            news.fire(CommunityNews.of(CommunityNews.Type.MENTORSHIP_ACCEPTED, change.mentorshipId()));
        } else if (change.to() == MentorshipStatus.COMPLETED && change.from() != MentorshipStatus.COMPLETED) {
            news.fire(CommunityNews.of(CommunityNews.Type.MENTORSHIP_COMPLETED, change.mentorshipId()));
        }
    }
}
