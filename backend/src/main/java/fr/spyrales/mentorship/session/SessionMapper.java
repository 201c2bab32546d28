package fr.spyrales.mentorship.session;

import fr.spyrales.mentorship.session.SessionDtos.SessionView;

/** Sessions as the API shows them. Runs no query. */
final class SessionMapper {
    private SessionMapper() {}

    static SessionView view(MentorshipSession s) {
        return new SessionView(
                s.id,
                s.heldOn,
                s.durationMinutes,
                s.topics,
                s.notes,
                s.createdBy == null ? null : s.createdBy.id,
                s.createdBy == null ? null : s.createdBy.displayName,
                s.createdAt);
    }
}
