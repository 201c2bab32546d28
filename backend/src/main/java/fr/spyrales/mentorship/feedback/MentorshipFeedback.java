package fr.spyrales.mentorship.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One side's rating of a finished pairing. The primary key makes it once per side. */
@Entity
@Table(name = "mentorship_feedback")
@IdClass(MentorshipFeedback.Key.class)
public class MentorshipFeedback extends PanacheEntityBase {
    static final String ONE_PER_SIDE_CONSTRAINT = "mentorship_feedback_pkey";

    @Id
    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Id
    @Column(name = "author_id")
    public UUID authorId;

    public short rating;

    public String comment;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static class Key implements Serializable {
        public UUID mentorshipId;
        public UUID authorId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(mentorshipId, k.mentorshipId)
                    && Objects.equals(authorId, k.authorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mentorshipId, authorId);
        }
    }
}
