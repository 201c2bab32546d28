package fr.spyrales.challenge;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may see what of a challenge. Every member sees the live challenges (a deleted one does not exist: 404) and
 * how many entries each has. Until a challenge closes, an entry is seen by its author alone, animateurs included
 * in the « alone » (« ne commencez pas en avance, ne copiez pas »): for everyone else it does not exist (404).
 * Once the challenge is closed, every member sees every entry.
 */
@ApplicationScoped
public class ChallengeAccess {
    private final ChallengeRepository challenges;
    private final EntryRepository entries;

    ChallengeAccess(ChallengeRepository challenges, EntryRepository entries) {
        this.challenges = challenges;
        this.entries = entries;
    }

    /** The database's clock, by which every window is judged. */
    OffsetDateTime now() {
        return challenges.now();
    }

    Challenge visible(UUID id) {
        return challenges.findLive(id).orElseThrow(ChallengeAccess::notFound);
    }

    /** The challenge, locked for a change to it. */
    Challenge lockedForUpdate(UUID id) {
        return challenges.findLiveForUpdate(id).orElseThrow(ChallengeAccess::notFound);
    }

    /** The challenge, locked against a change of its dates while an entry is written. */
    Challenge lockedForEntry(UUID id) {
        return challenges.findLiveForShare(id).orElseThrow(ChallengeAccess::notFound);
    }

    /** An entry of the challenge that the viewer may see at this instant; 404 otherwise. */
    ChallengeEntry visibleEntry(Challenge challenge, UUID entryId, UUID viewerId, OffsetDateTime now) {
        return entries.inChallenge(challenge.id, entryId)
                .filter(e -> canSee(challenge, e, viewerId, now))
                .orElseThrow(ChallengeAccess::entryNotFound);
    }

    /** The same, locked for a change to the entry (its highlight). */
    ChallengeEntry visibleEntryForUpdate(Challenge challenge, UUID entryId, UUID viewerId, OffsetDateTime now) {
        return entries.inChallengeForUpdate(challenge.id, entryId)
                .filter(e -> canSee(challenge, e, viewerId, now))
                .orElseThrow(ChallengeAccess::entryNotFound);
    }

    /** The author sees their entry at any time; everyone sees every entry once the challenge is closed. */
    static boolean canSee(Challenge challenge, ChallengeEntry entry, UUID viewerId, OffsetDateTime now) {
        return entry.memberId.equals(viewerId) || challenge.stateAt(now) == ChallengeState.CLOSED;
    }

    static ApiException notFound() {
        return ApiException.notFound("Ce défi n'existe pas ou a été supprimé.");
    }

    static ApiException entryNotFound() {
        return ApiException.notFound("Cette participation n'existe pas, ou reste cachée jusqu'à la clôture du défi.");
    }

    /** The caller: their id, and whether they are an animateur (admins are too) or an admin. */
    public record Viewer(UUID id, boolean animateur, boolean admin) {
        public static Viewer of(UUID id, Predicate<String> hasRole) {
            return new Viewer(
                    id, hasRole.test(Roles.ANIMATEUR) || hasRole.test(Roles.ADMIN), hasRole.test(Roles.ADMIN));
        }
    }
}
