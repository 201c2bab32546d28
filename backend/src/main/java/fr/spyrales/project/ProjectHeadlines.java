package fr.spyrales.project;

import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.common.news.NewsHeadline;
import fr.spyrales.common.news.NewsHeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The headline of a project's news: its title. */
@ApplicationScoped
class ProjectHeadlines implements NewsHeadlines {
    private final ProjectRepository projects;

    ProjectHeadlines(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Optional<NewsHeadline> headline(CommunityNews news) {
        if (news.type() != CommunityNews.Type.PROJECT_CREATED
                && news.type() != CommunityNews.Type.PROJECT_LOOKING_FOR_PEOPLE) {
            return Optional.empty();
        }
        return projects.findLive(news.subjectId()).map(p -> new NewsHeadline(p.title, null, null, "/projets/" + p.id));
    }
}
