package fr.spyrales.survey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A campaign of the satisfaction survey: open from its opening until an animateur closes it or its closing day
 * (Europe/Paris) has passed. At most one is not closed at a time (migration V33's unique index).
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    /** The last day (Europe/Paris) answers are taken. */
    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "opened_by")
    public UUID openedBy;

    /** The active members when it opened: those it was sent to and who may answer it. */
    public int invited;

    /** Whether answers are still taken on this day (Europe/Paris). */
    public boolean isOpenOn(LocalDate today) {
        return closedAt == null && !closesOn.isBefore(today);
    }
}
