package fr.spyrales.project;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's places in project teams, their requests to join, and the projects they attested open-data only.
 *
 * <p>On erasure, the member leaves every team and their requests are deleted. A project whose last lead they were
 * is handed over to the team member who joined it first, who becomes its lead; when nobody else is in the team,
 * the project is archived and keeps no team (the database allows a team without a lead only when it is empty).
 * The projects themselves stay: their texts are the community's, about open data, and their creator and
 * attestation now name the anonymised member (« Membre supprimé »). The reasons the member gave when declining
 * others' requests become « contenu supprimé » (the export lists them, without naming who asked). The datasets the member declared stay with their projects; who
 * added them is forgotten.
 */
@ApplicationScoped
public class ProjectPersonalData implements PersonalDataSection<ProjectPersonalData.Projects> {
    static final String KEY = "projects";

    private final ProjectRepository projects;
    private final TeamRepository teams;
    private final JoinRequestRepository requests;
    private final ProjectDatasetRepository datasets;

    ProjectPersonalData(
            ProjectRepository projects,
            TeamRepository teams,
            JoinRequestRepository requests,
            ProjectDatasetRepository datasets) {
        this.datasets = datasets;
        this.projects = projects;
        this.teams = teams;
        this.requests = requests;
    }

    @Schema(
            name = "PersonalDataProjects",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Projects(
            @Schema(required = true, description = "Les équipes de projet dont je fais partie.")
            List<Membership> teams,

            @Schema(required = true, description = "Mes demandes pour rejoindre un projet, avec les réponses.")
            List<Request> joinRequests,

            @Schema(
                    required = true,
                    description = "Les projets que j'ai créés, avec mon attestation « données ouvertes ».")
            List<Attestation> attested,

            @Schema(required = true, description = "Les jeux de données que j'ai déclarés pour un projet.")
            List<DatasetAdded> datasetsAdded,

            @Schema(
                    required = true,
                    description = "Les réponses motivées que j'ai données, comme responsable, aux demandes pour"
                            + " rejoindre un projet (sans le nom de qui demandait).")
            List<AnswerGiven> answersGiven) {}

    @Schema(name = "PersonalDataProjectAnswerGiven")
    public record AnswerGiven(
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectTitle,
            @Schema(required = true) JoinRequestState state,
            @Schema(required = true) OffsetDateTime answeredAt,
            @Schema(required = true) String reason) {}

    @Schema(name = "PersonalDataProjectDataset")
    public record DatasetAdded(
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectTitle,
            @Schema(required = true) UUID datasetId,
            @Schema(required = true) OffsetDateTime addedAt) {}

    @Schema(name = "PersonalDataProjectMembership")
    public record Membership(
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectTitle,
            @Schema(required = true) TeamRole role,
            @Schema(required = true) OffsetDateTime joinedAt) {}

    @Schema(name = "PersonalDataProjectJoinRequest")
    public record Request(
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectTitle,
            @Schema(required = true) String message,
            @Schema(required = true) JoinRequestState state,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime answeredAt,
            String answerReason) {}

    @Schema(name = "PersonalDataProjectAttestation")
    public record Attestation(
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectTitle,
            @Schema(required = true) OffsetDateTime attestedAt,
            @Schema(required = true) String version) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Projects export(UUID memberId) {
        List<TeamMember> memberships = teams.ofMember(memberId);
        List<JoinRequest> asked = requests.ofMember(memberId);
        List<Project> attested = projects.list("attestedBy = ?1 order by attestedAt", memberId);
        List<ProjectDataset> added = datasets.addedBy(memberId);
        List<JoinRequest> answered = requests.reasonsGivenBy(memberId);
        Set<UUID> ids = Stream.of(
                        memberships.stream().map(t -> t.key.projectId()),
                        asked.stream().map(r -> r.projectId),
                        added.stream().map(d -> d.projectId),
                        answered.stream().map(r -> r.projectId))
                .flatMap(s -> s)
                .collect(Collectors.toSet());
        Map<UUID, String> titles = ids.isEmpty()
                ? Map.of()
                : projects.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
        Function<UUID, String> title = titles::get;
        return new Projects(
                memberships.stream()
                        .map(t -> new Membership(t.key.projectId(), title.apply(t.key.projectId()), t.role, t.joinedAt))
                        .toList(),
                asked.stream()
                        .map(r -> new Request(
                                r.projectId,
                                title.apply(r.projectId),
                                r.message,
                                r.state,
                                r.createdAt,
                                r.answeredAt,
                                r.answerReason))
                        .toList(),
                attested.stream()
                        .map(p -> new Attestation(p.id, p.title, p.attestedAt, p.attestationVersion))
                        .toList(),
                added.stream()
                        .map(d -> new DatasetAdded(d.projectId, title.apply(d.projectId), d.datasetId, d.addedAt))
                        .toList(),
                answered.stream()
                        .map(r -> new AnswerGiven(
                                r.projectId, title.apply(r.projectId), r.state, r.answeredAt, r.answerReason))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        for (Project project : projects.lockLedOnlyBy(id)) {
            teams.longestStandingNonLead(project.id)
                    .ifPresentOrElse(heir -> heir.role = TeamRole.LEAD, () -> project.status = ProjectStatus.ARCHIVED);
        }
        teams.flush();
        teams.deleteAllOf(id);
        requests.deleteAllOf(id);
        requests.reasonsGivenBy(id).forEach(r -> r.answerReason = MemberErased.ERASED_TEXT);
        datasets.forgetAdder(id);
    }
}
