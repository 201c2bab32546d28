package fr.spyrales.mentorship.goal;

import fr.spyrales.member.Member;
import fr.spyrales.mentorship.MentorshipGoal;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A remark one of the two parties left on a goal. Deleted with its goal (ON DELETE CASCADE). */
@Entity
@Table(name = "mentorship_goal_comment")
public class GoalComment extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id")
    public MentorshipGoal goal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Member author;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
