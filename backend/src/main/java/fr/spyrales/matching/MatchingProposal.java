package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.ProposalOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A pair a run proposes; reasons are stored as rendered when the run computed them. */
@Entity
@Table(name = "matching_proposal")
public class MatchingProposal {
    @EmbeddedId
    public Key key;

    @Column(name = "mentor_id")
    public UUID mentorId;

    @Column(name = "score_hundredths")
    public int scoreHundredths;

    @Column(name = "reasons", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String reasonsJson;

    @Column(name = "removed_at")
    public OffsetDateTime removedAt;

    @Enumerated(EnumType.STRING)
    public ProposalOutcome outcome;

    @Column(name = "outcome_detail")
    public String outcomeDetail;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Embeddable
    public record Key(@Column(name = "run_id") UUID runId, @Column(name = "mentee_id") UUID menteeId) implements Serializable {}
}
