package fr.spyrales.mentorship.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports are looked up through their pairing: a report of another pairing is not found. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<MentorshipReport, UUID> {
    /** Everything a report's view shows, in the same query. */
    private static final String WITH_NAMES = """
            from MentorshipReport r join fetch r.mentorship m join fetch m.mentee join fetch m.mentor
            join fetch r.author left join fetch r.resolvedBy""";

    private static final String NEWEST_FIRST = " order by r.createdAt desc, r.id desc";

    public long countOpen(UUID mentorshipId, UUID authorId) {
        return count(
                "mentorship.id = ?1 and author.id = ?2 and status = ?3", mentorshipId, authorId, ReportStatus.OPEN);
    }

    /** Locks the report until the end of the transaction, so that two supervisors do not both resolve it. */
    public Optional<MentorshipReport> findInPairingForUpdate(UUID mentorshipId, UUID reportId) {
        return find("id = ?1 and mentorship.id = ?2", reportId, mentorshipId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A page of a pairing's reports, newest first; only those of `onlyAuthor` unless it is null. */
    public List<MentorshipReport> pageInPairing(UUID mentorshipId, UUID onlyAuthor, Page page) {
        var query = onlyAuthor == null
                ? find(WITH_NAMES + " where m.id = ?1" + NEWEST_FIRST, mentorshipId)
                : find(WITH_NAMES + " where m.id = ?1 and r.author.id = ?2" + NEWEST_FIRST, mentorshipId, onlyAuthor);
        return query.page(page).list();
    }

    public long countInPairing(UUID mentorshipId, UUID onlyAuthor) {
        return onlyAuthor == null
                ? count("mentorship.id", mentorshipId)
                : count("mentorship.id = ?1 and author.id = ?2", mentorshipId, onlyAuthor);
    }

    /**
     * A page of the reports in this status, newest first, on the pairings the supervisor is not a party of: a
     * report may be about them.
     */
    public List<MentorshipReport> pageForSupervisor(UUID supervisorId, ReportStatus status, Page page) {
        return find(
                        WITH_NAMES + " where r.status = ?1 and m.mentee.id <> ?2 and m.mentor.id <> ?2" + NEWEST_FIRST,
                        status,
                        supervisorId)
                .page(page)
                .list();
    }

    public long countForSupervisor(UUID supervisorId, ReportStatus status) {
        return count("status = ?1 and mentorship.mentee.id <> ?2 and mentorship.mentor.id <> ?2", status, supervisorId);
    }

    /** The reports a member filed, oldest first, with everything their view shows. */
    List<MentorshipReport> filedBy(UUID authorId) {
        return list(WITH_NAMES + " where r.author.id = ?1 order by r.createdAt, r.id", authorId);
    }

    /** The reports a supervisor resolved, oldest resolution first. */
    List<MentorshipReport> resolvedBy(UUID supervisorId) {
        return list("from MentorshipReport r where r.resolvedBy.id = ?1 order by r.resolvedAt, r.id", supervisorId);
    }

    /** Replaces what a member wrote, in the reports they filed and the resolution notes they left. */
    void eraseTextsOf(UUID memberId, String erased) {
        update("message = ?1 where author.id = ?2", erased, memberId);
        update("resolutionNote = ?1 where resolvedBy.id = ?2 and resolutionNote is not null", erased, memberId);
    }
}
