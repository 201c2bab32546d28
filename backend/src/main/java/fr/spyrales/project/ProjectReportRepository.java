package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reports of projects. */
@ApplicationScoped
public class ProjectReportRepository implements PanacheRepositoryBase<ProjectReport, UUID> {
    /** Everything a report's line shows, in the same query. */
    private static final String WITH_NAMES =
            "from ProjectReport r join fetch r.project p join fetch r.reporter left join fetch r.decidedBy";

    boolean hasOpen(UUID projectId, UUID reporterId) {
        return count(
                        "project.id = ?1 and reporter.id = ?2 and status = ?3",
                        projectId,
                        reporterId,
                        ProjectReportStatus.OPEN)
                > 0;
    }

    /** The project a report is about, read without a lock: the caller locks the project first, then the report. */
    Optional<UUID> projectOf(UUID reportId) {
        return getEntityManager()
                .createQuery("select r.project.id from ProjectReport r where r.id = :id", UUID.class)
                .setParameter("id", reportId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Locks the report until the end of the transaction, so that two animateurs do not both decide it. */
    Optional<ProjectReport> findForUpdate(UUID reportId) {
        return find("id", reportId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The project's other open reports, locked: an archiving decision closes them all. */
    List<ProjectReport> openOfProjectForUpdate(UUID projectId) {
        return find("project.id = ?1 and status = ?2 order by createdAt, id", projectId, ProjectReportStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** A page of the open reports on live projects, oldest first: the console's queue. */
    List<ProjectReport> pageOpen(Page page) {
        return find(
                        WITH_NAMES + " where r.status = ?1 and p.deletedAt is null order by r.createdAt, r.id",
                        ProjectReportStatus.OPEN)
                .page(page)
                .list();
    }

    boolean anyOpenOf(UUID projectId) {
        return count("project.id = ?1 and status = ?2", projectId, ProjectReportStatus.OPEN) > 0;
    }

    long countOpen() {
        return count("status = ?1 and project.deletedAt is null", ProjectReportStatus.OPEN);
    }

    /** The reports a member filed, oldest first. */
    List<ProjectReport> filedBy(UUID reporterId) {
        return list(WITH_NAMES + " where r.reporter.id = ?1 order by r.createdAt, r.id", reporterId);
    }

    /** The reports a member decided as an animateur, oldest decision first. */
    List<ProjectReport> decidedBy(UUID memberId) {
        return list(WITH_NAMES + " where r.decidedBy.id = ?1 order by r.decidedAt, r.id", memberId);
    }

    /** Replaces what a member wrote: the comments of the reports they filed, the notes of those they decided. */
    void eraseTextsOf(UUID memberId, String erased) {
        update("comment = ?1 where reporter.id = ?2 and comment is not null", erased, memberId);
        update("decisionNote = ?1 where decidedBy.id = ?2", erased, memberId);
    }
}
