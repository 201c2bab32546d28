package fr.spyrales.privacy;

import java.util.UUID;

/**
 * A member erased their account (DELETE /me). Fired synchronously inside the erasure's transaction, once the
 * member feature has anonymised the profile (so that anything written from now on names « Membre supprimé »).
 * Every feature that holds data about members observes it with {@code @Observes} (never asynchronously) and
 * erases its own part: it deletes what only served the member, replaces the free text the member wrote with
 * {@link #ERASED_TEXT}, and keeps what the other members still need (a pairing, its dates and states). An
 * observer that fails rolls the whole erasure back: nothing is left half-erased.
 *
 * @param formerDisplayName the name other members saw, to take it out of the texts that quote it
 * @param formerEmail the address as the member registered it, to forget what is keyed by it
 */
public record MemberErased(UUID memberId, String formerDisplayName, String formerEmail) {
    /** The name an erased member goes by, where other members still see them (pairings, proposals). */
    public static final String ERASED_NAME = "Membre supprimé";

    /** What replaces a text the erased member wrote, where another member still reads the thing around it. */
    public static final String ERASED_TEXT = "contenu supprimé";
}
