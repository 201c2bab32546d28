package fr.spyrales.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.matching.MatchingDtos.MatchReason;
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
import java.util.List;
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

    /** The reasons, as rendered when the run computed them. */
    public List<MatchReason> reasons(ObjectMapper json) {
        try {
            return json.readValue(reasonsJson, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable reasons in run " + key.runId(), e);
        }
    }

    @Embeddable
    public record Key(
            @Column(name = "run_id") UUID runId,
            @Column(name = "mentee_id") UUID menteeId) implements Serializable {}
}
