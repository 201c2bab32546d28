package fr.spyrales.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member's entry to a challenge: one per member and challenge. */
@Entity
@Table(name = "challenge_entry")
public class ChallengeEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "challenge_id")
    public UUID challengeId;

    @Column(name = "member_id")
    public UUID memberId;

    /** An https link to a notebook or a repository, or null. */
    public String link;

    /** What the author found, or what they share; empty only when there is a link. */
    public String text;

    @Enumerated(EnumType.STRING)
    public EntryLanguage language;

    /** Unfinished work, shared with what blocked its author. */
    public boolean vestiaire;

    @Column(name = "blocked_by")
    public String blockedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "highlighted_at")
    public OffsetDateTime highlightedAt;

    @Column(name = "highlighted_by")
    public UUID highlightedBy;

    boolean isHighlighted() {
        return highlightedAt != null;
    }
}
