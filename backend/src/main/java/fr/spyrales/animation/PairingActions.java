package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.MentorCandidate;
import fr.spyrales.animation.AnimationDtos.PairingActionResult;
import fr.spyrales.animation.AnimationDtos.Party;
import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.LikePattern;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.SupervisedChanges;
import fr.spyrales.mentorship.SupervisedChanges.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The console's actions on a pairing of its queues: closing it, or giving the mentee's request to another mentor
 * (chosen among {@link #candidates}). The pairing's rules are the mentorship feature's ({@link SupervisedChanges});
 * the console adds the audit row, in the same transaction: written with the change, or not at all.
 */
@ApplicationScoped
public class PairingActions {
    static final String SUSPENDED_MENTOR = "Ce compte est suspendu : choisissez un autre mentor.";

    private final SupervisedChanges changes;
    private final AnimationRepository repository;
    private final MemberRepository members;
    private final AuditLog audit;

    PairingActions(
            SupervisedChanges changes, AnimationRepository repository, MemberRepository members, AuditLog audit) {
        this.changes = changes;
        this.repository = repository;
        this.members = members;
        this.audit = audit;
    }

    @Transactional
    public PairingActionResult close(UUID id, String reason, UUID by) {
        String message = reason.strip();
        Outcome outcome = changes.close(id, by, message);
        audit.record(
                AuditAction.PAIRING_CLOSED,
                AuditActor.member(by),
                AuditTarget.of("mentorship", id),
                outcome.from().name() + " → " + outcome.to().name() + " : " + message);
        return new PairingActionResult(id, outcome.to().name(), null, null);
    }

    @Transactional
    public PairingActionResult reassign(UUID id, UUID mentorId, String reason, UUID by) {
        if (repository.isSuspended(mentorId)) {
            throw ApiException.invalidField("mentorId", SUSPENDED_MENTOR);
        }
        String message = reason.strip();
        Outcome outcome = changes.reassign(id, by, mentorId, message);
        audit.record(
                AuditAction.PAIRING_REASSIGNED,
                AuditActor.member(by),
                AuditTarget.of("mentorship", id),
                outcome.from().name() + " → " + outcome.to().name() + ", nouvelle demande " + outcome.newRequestId()
                        + " au mentor " + mentorId + " : " + message);
        Map<UUID, String> names = members.displayNames(List.of(mentorId));
        return new PairingActionResult(
                id,
                outcome.to().name(),
                outcome.newRequestId(),
                new Party(mentorId, names.getOrDefault(mentorId, ""), null));
    }

    /** The mentors who may take over the pairing's request, with room first; 404 for an unknown pairing. */
    @Transactional
    public PageResponse<MentorCandidate> candidates(UUID id, String q, PageQuery page) {
        if (!repository.pairingExists(id)) {
            throw ApiException.notFound("Mentorat introuvable.");
        }
        String pattern = q == null || q.isBlank() ? null : LikePattern.containing(q);
        List<MentorCandidate> rows = repository.mentorCandidates(id, pattern, page.offset(), page.size);
        return new PageResponse<>(
                rows,
                page.page,
                page.size,
                repository.mentorCandidateCount(id, pattern).refinedBy(page.offset(), page.size, rows.size()));
    }
}
