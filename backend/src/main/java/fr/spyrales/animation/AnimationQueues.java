package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.EventQueue;
import fr.spyrales.animation.AnimationDtos.PairingQueue;
import fr.spyrales.animation.AnimationDtos.PairingRow;
import fr.spyrales.animation.AnimationDtos.ProjectQueue;
import fr.spyrales.animation.AnimationDtos.QueueSettings;
import fr.spyrales.animation.AnimationDtos.Queues;
import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What the console shows: its queues, and the list of all pairings with its export. */
@ApplicationScoped
public class AnimationQueues {
    private final AnimationRepository repository;
    private final AnimationConfig config;
    private final AuditLog audit;

    AnimationQueues(AnimationRepository repository, AnimationConfig config, AuditLog audit) {
        this.repository = repository;
        this.config = config;
        this.audit = audit;
    }

    /** The queues as `viewer` sees them (none of the viewer's own pairings). */
    @Transactional
    public Queues queues(UUID viewer) {
        Thresholds thresholds = Thresholds.of(config);
        int lines = config.queueLines();
        return new Queues(
                repository.moderation(),
                pairingQueue(ReminderQueue.PENDING_REQUEST, thresholds, lines, viewer),
                pairingQueue(ReminderQueue.STALLED_PAIRING, thresholds, lines, viewer),
                pairingQueue(ReminderQueue.LOW_FEEDBACK, thresholds, lines, viewer),
                new ProjectQueue(repository.projectQueue(lines), repository.projectQueueCount()),
                new EventQueue(repository.eventQueue(thresholds, lines), repository.eventQueueCount(thresholds)),
                new QueueSettings(
                        thresholds.pendingRequestDays(),
                        thresholds.stalledPairingWeeks(),
                        thresholds.lowFeedbackRating()));
    }

    private PairingQueue pairingQueue(ReminderQueue queue, Thresholds thresholds, int lines, UUID viewer) {
        return new PairingQueue(
                repository.pairingQueue(queue, thresholds, lines, viewer),
                repository.pairingQueueCount(queue, thresholds, viewer));
    }

    @Transactional
    public PageResponse<PairingRow> pairings(PairingFilter filter, PageQuery page) {
        List<PairingRow> rows = repository.pairings(filter, page.offset(), page.size);
        return new PageResponse<>(
                rows,
                page.page,
                page.size,
                repository.pairingCount(filter).refinedBy(page.offset(), page.size, rows.size()));
    }

    /** Every pairing the filter keeps (up to the export limit), the export recorded in the audit log. */
    @Transactional
    public List<PairingRow> export(PairingFilter filter, UUID by) {
        List<PairingRow> rows = repository.pairings(filter, 0, config.exportLimit());
        audit.record(
                AuditAction.EXPORTED,
                AuditActor.member(by),
                AuditTarget.of("pairings", null),
                "Export CSV des mentorats : " + rows.size() + " ligne(s)" + describe(filter));
        return rows;
    }

    private static String describe(PairingFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.status() != null) {
            text.append(", état ").append(filter.status());
        }
        if (filter.organizationId() != null) {
            text.append(", organisation ").append(filter.organizationId());
        }
        if (filter.regionCode() != null) {
            text.append(", région ").append(filter.regionCode());
        }
        if (filter.startedFrom() != null) {
            text.append(", commencés à partir du ").append(filter.startedFrom());
        }
        if (filter.startedTo() != null) {
            text.append(", commencés jusqu'au ").append(filter.startedTo());
        }
        return text.toString();
    }
}
