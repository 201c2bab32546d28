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

/** A week's challenge of « La Piscine »: a task on an open dataset, open to entries between two instants. */
@Entity
@Table(name = "challenge")
public class Challenge extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;

    /** The question or task, in Markdown. */
    public String task;

    /** 1 (débutant) to 4 (expert), the levels of member skills. */
    @Column(name = "suggested_level")
    public short suggestedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_language")
    public ChallengeLanguage suggestedLanguage;

    /** The dataset row of the open-data feature that this challenge alone declares. */
    @Column(name = "dataset_id")
    public UUID datasetId;

    @Column(name = "opens_at")
    public OffsetDateTime opensAt;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public UUID deletedBy;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Where the challenge stands at this instant (the database's clock). */
    ChallengeState stateAt(OffsetDateTime now) {
        return ChallengeState.at(opensAt, closesAt, now);
    }
}
