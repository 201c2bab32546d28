package fr.spyrales.project;

import fr.spyrales.common.markdown.SafeMarkdown;
import fr.spyrales.member.SkillLevel;
import fr.spyrales.opendata.DatasetView;
import fr.spyrales.project.ProjectDtos.AttestationView;
import fr.spyrales.project.ProjectDtos.JoinRequestView;
import fr.spyrales.project.ProjectDtos.ProjectSummary;
import fr.spyrales.project.ProjectDtos.ProjectView;
import fr.spyrales.project.ProjectDtos.SkillSoughtView;
import fr.spyrales.project.ProjectDtos.TeamMemberView;
import fr.spyrales.referential.Skill;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Projects into records; the names of members and skills are read by the service and passed in. */
final class ProjectMapper {
    private ProjectMapper() {}

    /** What the viewer is to the project: their role in the team, and whether they asked to join. */
    record Standing(TeamRole role, boolean requestPending) {}

    static ProjectView view(
            Project p,
            List<TeamMember> team,
            Map<UUID, String> names,
            Map<String, Skill> skills,
            List<DatasetView> datasets,
            Standing standing) {
        return new ProjectView(
                p.id,
                p.title,
                p.summary,
                p.description,
                SafeMarkdown.toHtml(p.description),
                ProjectInput.topics(p.topics),
                p.languages,
                p.welcomesBeginners,
                p.status,
                p.repositoryUrl,
                p.tchapRoomUrl,
                p.maxTeamSize == null ? null : p.maxTeamSize.intValue(),
                skills(p.skillsSought, skills),
                team.stream()
                        .sorted(Comparator.comparing((TeamMember t) -> t.role).thenComparing(t -> t.joinedAt))
                        .map(t -> new TeamMemberView(t.memberId(), names.get(t.memberId()), t.role, t.joinedAt))
                        .toList(),
                new AttestationView(
                        names.get(p.attestedBy), p.attestedAt, p.attestationVersion, ProjectAttestation.TEXT),
                datasets,
                standing.role(),
                standing.requestPending(),
                p.createdAt,
                p.updatedAt);
    }

    static ProjectSummary summary(Project p, int teamSize, int datasetsToReview, Map<String, Skill> skills) {
        return new ProjectSummary(
                p.id,
                p.title,
                p.summary,
                ProjectInput.topics(p.topics),
                p.languages,
                p.welcomesBeginners,
                p.status,
                skills(p.skillsSought, skills),
                teamSize,
                p.maxTeamSize == null ? null : p.maxTeamSize.intValue(),
                datasetsToReview,
                p.createdAt);
    }

    static JoinRequestView request(JoinRequest r, String displayName) {
        return new JoinRequestView(
                r.id,
                r.projectId,
                r.memberId,
                displayName,
                r.message,
                r.state,
                r.createdAt,
                r.answeredAt,
                r.answerReason);
    }

    private static List<SkillSoughtView> skills(List<SkillLevel> sought, Map<String, Skill> skills) {
        return sought.stream()
                .sorted(Comparator.comparing((SkillLevel s) -> -s.level).thenComparing(s -> s.skillCode))
                .map(s -> new SkillSoughtView(
                        s.skillCode,
                        skills.containsKey(s.skillCode) ? skills.get(s.skillCode).name : s.skillCode,
                        s.level))
                .toList();
    }
}
