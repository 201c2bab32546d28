package fr.spyrales.challenge;

import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.common.news.NewsHeadline;
import fr.spyrales.common.news.NewsHeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The headline of a published challenge: its title and when it closes. */
@ApplicationScoped
class ChallengeHeadlines implements NewsHeadlines {
    private final ChallengeRepository challenges;

    ChallengeHeadlines(ChallengeRepository challenges) {
        this.challenges = challenges;
    }

    @Override
    public Optional<NewsHeadline> headline(CommunityNews news) {
        if (news.type() != CommunityNews.Type.CHALLENGE_PUBLISHED) {
            return Optional.empty();
        }
        return challenges
                .findLive(news.subjectId())
                .map(c -> new NewsHeadline(c.title, null, c.closesAt, "/piscine/" + c.id));
    }
}
