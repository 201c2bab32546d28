package fr.spyrales.project;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.member.SkillLevel;
import fr.spyrales.opendata.DatasetCheck;
import fr.spyrales.project.ProjectAccess.Viewer;
import fr.spyrales.project.ProjectDtos.ProjectCreate;
import fr.spyrales.project.ProjectDtos.ProjectUpdate;
import fr.spyrales.project.ProjectDtos.ProjectView;
import fr.spyrales.project.ProjectDtos.SkillSought;
import fr.spyrales.referential.SkillRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creates, edits, archives and deletes projects. */
@ApplicationScoped
public class ProjectEditing {
    private final ProjectAccess access;
    private final ProjectRepository projects;
    private final TeamRepository teams;
    private final SkillRepository skills;
    private final ProjectViews views;
    private final ProjectDatasets datasets;
    private final jakarta.enterprise.event.Event<CommunityNews> news;
    private final AuditLog audit;

    ProjectEditing(
            ProjectAccess access,
            ProjectRepository projects,
            TeamRepository teams,
            SkillRepository skills,
            ProjectViews views,
            ProjectDatasets datasets,
            jakarta.enterprise.event.Event<CommunityNews> news,
            AuditLog audit) {
        this.datasets = datasets;
        this.news = news;
        this.access = access;
        this.projects = projects;
        this.teams = teams;
        this.skills = skills;
        this.views = views;
        this.audit = audit;
    }

    /**
     * A new project, attested open-data only by its creator, who becomes its first lead, with the datasets it
     * declares: they are checked before the project's transaction opens, and one refused refuses the whole creation.
     */
    public ProjectView create(UUID creator, ProjectCreate body) {
        if (!Boolean.TRUE.equals(body.openDataAttestation())) {
            throw ProjectRefusal.ATTESTATION_MISSING.exception();
        }
        List<DatasetCheck> checks = datasets.checkAtCreation(creator, body.datasets());
        return QuarkusTransaction.requiringNew().call(() -> store(creator, body, checks));
    }

    private ProjectView store(UUID creator, ProjectCreate body, List<DatasetCheck> checks) {
        OffsetDateTime now = OffsetDateTime.now();
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.title = body.title().strip();
        project.summary = body.summary().strip();
        project.description = body.description() == null ? "" : body.description();
        project.topics = ProjectInput.topics(body.topics());
        project.languages = body.languages();
        project.welcomesBeginners = body.welcomesBeginners();
        project.status = body.status() == null ? ProjectStatus.IDEA : body.status();
        project.repositoryUrl = ProjectInput.url(body.repositoryUrl());
        project.tchapRoomUrl = ProjectInput.url(body.tchapRoomUrl());
        project.maxTeamSize =
                body.maxTeamSize() == null ? null : body.maxTeamSize().shortValue();
        project.skillsSought = skillsSought(body.skillsSought());
        project.createdBy = creator;
        project.createdAt = now;
        project.updatedAt = now;
        project.attestedBy = creator;
        project.attestedAt = now;
        project.attestationVersion = ProjectAttestation.VERSION;
        projects.persist(project);
        teams.persist(TeamMember.of(project.id, creator, TeamRole.LEAD));
        ConstraintConflicts.check(projects::flush, ProjectRefusal.CONSTRAINTS);
        for (DatasetCheck check : checks) {
            datasets.declare(project.id, check, creator);
        }
        ConstraintConflicts.check(projects::flush, ProjectRefusal.CONSTRAINTS);
        news.fire(CommunityNews.of(CommunityNews.Type.PROJECT_CREATED, project.id));
        if (project.status == ProjectStatus.RECRUITING) {
            news.fire(CommunityNews.of(CommunityNews.Type.PROJECT_LOOKING_FOR_PEOPLE, project.id));
        }
        return views.view(project, creator);
    }

    /** Leads change anything; an animateur (or admin) who is not a lead may only archive. */
    @Transactional
    public ProjectView update(UUID id, Viewer viewer, ProjectUpdate body) {
        Project project = access.locked(id);
        if (!access.isLead(id, viewer.id())) {
            if (!viewer.animateur()) {
                throw ProjectRefusal.NOT_LEAD.exception();
            }
            if (!body.onlyArchives()) {
                throw ProjectRefusal.ANIMATEUR_ONLY_ARCHIVES.exception();
            }
            audit.record(
                    AuditAction.PROJECT_MODERATED,
                    AuditActor.member(viewer.id()),
                    AuditTarget.of("project", id),
                    "Archivé par un animateur qui n'en est pas responsable");
        }
        boolean wasRecruiting = project.status == ProjectStatus.RECRUITING;
        apply(project, body);
        project.updatedAt = OffsetDateTime.now();
        ConstraintConflicts.check(projects::flush, ProjectRefusal.CONSTRAINTS);
        if (!wasRecruiting && project.status == ProjectStatus.RECRUITING) {
            news.fire(CommunityNews.of(CommunityNews.Type.PROJECT_LOOKING_FOR_PEOPLE, project.id));
        }
        return views.view(project, viewer.id());
    }

    /** Admins only: the project disappears for everyone, and who deleted it when is recorded. */
    @Transactional
    public void delete(UUID id, Viewer viewer) {
        if (!viewer.admin()) {
            access.visible(id);
            throw ProjectRefusal.ADMIN_ONLY_DELETES.exception();
        }
        Project project = access.locked(id);
        project.deletedAt = OffsetDateTime.now();
        project.deletedBy = viewer.id();
        audit.record(
                AuditAction.PROJECT_MODERATED,
                AuditActor.member(viewer.id()),
                AuditTarget.of("project", id),
                "Supprimé");
    }

    private void apply(Project project, ProjectUpdate body) {
        if (body.title() != null) {
            project.title = body.title().strip();
        }
        if (body.summary() != null) {
            project.summary = body.summary().strip();
        }
        if (body.description() != null) {
            project.description = body.description();
        }
        if (body.topics() != null) {
            project.topics = ProjectInput.topics(body.topics());
        }
        if (body.languages() != null) {
            project.languages = body.languages();
        }
        if (body.welcomesBeginners() != null) {
            project.welcomesBeginners = body.welcomesBeginners();
        }
        if (body.status() != null) {
            project.status = body.status();
        }
        if (body.repositoryUrl() != null) {
            project.repositoryUrl = ProjectInput.url(body.repositoryUrl());
        }
        if (body.tchapRoomUrl() != null) {
            project.tchapRoomUrl = ProjectInput.url(body.tchapRoomUrl());
        }
        if (body.maxTeamSize() != null) {
            Short maximum = body.maxTeamSize() == 0 ? null : body.maxTeamSize().shortValue();
            if (maximum != null && teams.size(project.id) > maximum) {
                throw ProjectRefusal.MAX_BELOW_TEAM.exception();
            }
            project.maxTeamSize = maximum;
        }
        if (body.skillsSought() != null) {
            project.skillsSought.clear();
            project.skillsSought.addAll(skillsSought(body.skillsSought()));
        }
    }

    /** Known skills, each once. */
    private List<SkillLevel> skillsSought(List<SkillSought> sought) {
        if (sought == null) {
            return new java.util.ArrayList<>();
        }
        Set<String> known = skills.byCode().keySet();
        Set<String> seen = new HashSet<>();
        for (SkillSought s : sought) {
            if (!known.contains(s.skillCode())) {
                throw ApiException.invalidField("skillsSought", "Compétence inconnue : " + s.skillCode() + ".");
            }
            if (!seen.add(s.skillCode())) {
                throw ApiException.invalidField(
                        "skillsSought", "La compétence " + s.skillCode() + " est indiquée deux fois.");
            }
        }
        return new java.util.ArrayList<>(sought.stream()
                .map(s -> new SkillLevel(s.skillCode(), s.level()))
                .toList());
    }
}
