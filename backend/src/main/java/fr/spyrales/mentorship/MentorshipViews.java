package fr.spyrales.mentorship;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipSummary;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipView;
import fr.spyrales.mentorship.MentorshipDtos.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads pairings as their viewer may see them: one pairing with its history, or a page of the viewer's own. */
@ApplicationScoped
public class MentorshipViews {
    /** History lines a pairing's view embeds, the most recent ones. */
    static final int HISTORY_SHOWN = 50;

    private final MentorshipRepository mentorships;
    private final MentorshipEventRepository events;
    private final MentorshipAccess access;

    MentorshipViews(MentorshipRepository mentorships, MentorshipEventRepository events, MentorshipAccess access) {
        this.mentorships = mentorships;
        this.events = events;
        this.access = access;
    }

    @Transactional
    public MentorshipView get(UUID id, Viewer viewer) {
        return of(access.visible(id, viewer), viewer.id());
    }

    /** @param role the viewer's side, null for both */
    @Transactional
    public PageResponse<MentorshipSummary> mine(
            UUID memberId, Role role, Set<MentorshipStatus> statuses, PageQuery page) {
        List<Mentorship> items = mentorships.pageOf(memberId, role, statuses, page);
        long total = mentorships.countOf(memberId, role, statuses);
        var progress = mentorships.goalProgress(items.stream().map(m -> m.id).toList());
        return new PageResponse<>(MentorshipMapper.summaries(items, memberId, progress), page.page, page.size, total);
    }

    /** The pairing as the viewer sees it, with the latest lines of its history. */
    MentorshipView of(Mentorship m, UUID viewerId) {
        // Pauses and date changes can repeat: the view embeds the latest lines only, and says how many there are.
        List<MentorshipEvent> history = new ArrayList<>(events.latestOf(m.id, HISTORY_SHOWN));
        Collections.reverse(history);
        long historyTotal = history.size() < HISTORY_SHOWN ? history.size() : events.countOf(m.id);
        return MentorshipMapper.view(
                m,
                viewerId,
                history,
                historyTotal,
                mentorships.goalProgress(List.of(m.id)).get(m.id));
    }
}
