package fr.spyrales.training.library;

import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.common.news.NewsHeadline;
import fr.spyrales.common.news.NewsHeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The headline of a published resource of the library: its title and its type. */
@ApplicationScoped
class ResourceHeadlines implements NewsHeadlines {
    private final TrainingResourceRepository resources;

    ResourceHeadlines(TrainingResourceRepository resources) {
        this.resources = resources;
    }

    @Override
    public Optional<NewsHeadline> headline(CommunityNews news) {
        if (news.type() != CommunityNews.Type.RESOURCE_PUBLISHED) {
            return Optional.empty();
        }
        return resources
                .findByIdOptional(news.subjectId())
                .filter(r -> r.status == ResourceStatus.PUBLISHED)
                .map(r -> new NewsHeadline(r.title, r.type.name(), null, "/ressources/" + r.id));
    }
}
