package fr.spyrales.event.calendar;

import fr.spyrales.common.PublicUrl;
import fr.spyrales.common.security.SecretTokens;
import fr.spyrales.event.calendar.CalendarDtos.CalendarFeedAddress;
import fr.spyrales.event.calendar.CalendarDtos.CalendarFeedStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's private calendar address. The token in it is the only credential a calendar client can send, so it is
 * a long random secret, stored as its SHA-256 only, shown once when made; making a new one (rotation) or revoking it
 * stops the old address at once.
 */
@ApplicationScoped
public class CalendarFeeds {
    static final String FEED_PATH = "/api/v1/me/calendar.ics";

    private final CalendarFeedRepository feeds;
    private final PublicUrl publicUrl;

    CalendarFeeds(CalendarFeedRepository feeds, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    @Transactional
    public CalendarFeedStatus status(UUID memberId) {
        return feeds.createdAt(memberId)
                .map(createdAt -> new CalendarFeedStatus(true, createdAt))
                .orElse(new CalendarFeedStatus(false, null));
    }

    /** A new address, replacing the member's previous one if any. */
    @Transactional
    public CalendarFeedAddress rotate(UUID memberId) {
        String token = SecretTokens.newToken();
        var createdAt = feeds.replace(memberId, SecretTokens.hash(token));
        return new CalendarFeedAddress(publicUrl.link(FEED_PATH + "?token=" + token), createdAt);
    }

    @Transactional
    public void revoke(UUID memberId) {
        feeds.delete(memberId);
    }

    /** The member this token belongs to, if it is their current one. */
    Optional<UUID> memberOf(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return feeds.memberOf(SecretTokens.hash(token));
    }
}
