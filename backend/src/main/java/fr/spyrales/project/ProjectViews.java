package fr.spyrales.project;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.SearchWords;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.project.ProjectDtos.ProjectSummary;
import fr.spyrales.project.ProjectDtos.ProjectView;
import fr.spyrales.project.ProjectMapper.Standing;
import fr.spyrales.referential.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads projects: one with its team, or a page of the list. */
@ApplicationScoped
public class ProjectViews {
    private final ProjectAccess access;
    private final ProjectSearchRepository search;
    private final ProjectRepository projects;
    private final TeamRepository teams;
    private final JoinRequestRepository requests;
    private final MemberRepository members;
    private final SkillRepository skills;
    private final ProjectDatasets datasets;

    ProjectViews(
            ProjectAccess access,
            ProjectSearchRepository search,
            ProjectRepository projects,
            TeamRepository teams,
            JoinRequestRepository requests,
            MemberRepository members,
            SkillRepository skills,
            ProjectDatasets datasets) {
        this.datasets = datasets;
        this.access = access;
        this.search = search;
        this.projects = projects;
        this.teams = teams;
        this.requests = requests;
        this.members = members;
        this.skills = skills;
    }

    @Transactional
    public ProjectView get(UUID id, UUID viewerId) {
        return view(access.visible(id), viewerId);
    }

    @Transactional
    public PageResponse<ProjectSummary> list(ProjectQuery query, UUID viewerId) {
        IdPage found = search.search(query, SearchWords.of(query.q), viewerId);
        if (found.ids().isEmpty()) {
            return new PageResponse<>(List.of(), query.page, query.size, found.total());
        }
        Map<UUID, Integer> sizes = teams.sizes(found.ids());
        Map<UUID, Integer> toReview = datasets.toReview(found.ids());
        var skillsByCode = skills.byCode();
        return new PageResponse<>(
                projects.loadInOrder(found.ids()).stream()
                        .map(p -> ProjectMapper.summary(
                                p, sizes.getOrDefault(p.id, 0), toReview.getOrDefault(p.id, 0), skillsByCode))
                        .toList(),
                query.page,
                query.size,
                found.total(),
                found.next());
    }

    /** The project as the viewer sees it, within the caller's transaction. */
    ProjectView view(Project project, UUID viewerId) {
        List<TeamMember> team = teams.teamOf(project.id);
        Set<UUID> people = new HashSet<>();
        team.forEach(t -> people.add(t.memberId()));
        people.add(project.attestedBy);
        TeamRole role = team.stream()
                .filter(t -> t.memberId().equals(viewerId))
                .map(t -> t.role)
                .findFirst()
                .orElse(null);
        return ProjectMapper.view(
                project,
                team,
                names(people),
                skills.byCode(),
                datasets.of(project.id),
                new Standing(role, requests.hasPending(project.id, viewerId)));
    }

    /** The display names of these members. */
    Map<UUID, String> names(Set<UUID> ids) {
        return members.displayNames(ids);
    }
}
