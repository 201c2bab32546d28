package fr.spyrales.common.news;

import java.util.Optional;

/**
 * Implemented by each feature whose changes are news (events, challenges, the library, projects): the headline of
 * the subject of a news it fired. Read inside the transaction that fired the news, so the subject is there.
 */
public interface NewsHeadlines {
    /** The headline when this feature owns the news' subject and it still exists; empty otherwise. */
    Optional<NewsHeadline> headline(CommunityNews news);
}
