package fr.spyrales.tchap;

import fr.spyrales.common.news.CommunityNews;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The news a room may announce: those of the whole community. The mentorships' news are not among them, since a
 * notice about a pairing in a shared room would tell who is paired.
 */
@Schema(
        name = "TchapNewsType",
        description = "Nouvelle annoncée dans un salon : EVENT_CREATED (nouvel événement), EVENT_CANCELLED (événement"
                + " annulé), EVENT_REPLAY_PUBLISHED (replay en ligne), CHALLENGE_PUBLISHED (nouveau défi de La"
                + " Piscine), RESOURCE_PUBLISHED (ressource publiée dans la bibliothèque), PROJECT_CREATED (nouveau"
                + " projet), PROJECT_LOOKING_FOR_PEOPLE (projet qui cherche des participants).")
public enum TchapNewsType {
    EVENT_CREATED(CommunityNews.Type.EVENT_CREATED),
    EVENT_CANCELLED(CommunityNews.Type.EVENT_CANCELLED),
    EVENT_REPLAY_PUBLISHED(CommunityNews.Type.EVENT_REPLAY_PUBLISHED),
    CHALLENGE_PUBLISHED(CommunityNews.Type.CHALLENGE_PUBLISHED),
    RESOURCE_PUBLISHED(CommunityNews.Type.RESOURCE_PUBLISHED),
    PROJECT_CREATED(CommunityNews.Type.PROJECT_CREATED),
    PROJECT_LOOKING_FOR_PEOPLE(CommunityNews.Type.PROJECT_LOOKING_FOR_PEOPLE);

    private final CommunityNews.Type news;

    TchapNewsType(CommunityNews.Type news) {
        this.news = news;
    }

    static Optional<TchapNewsType> of(CommunityNews.Type news) {
        for (TchapNewsType t : values()) {
            if (t.news == news) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
