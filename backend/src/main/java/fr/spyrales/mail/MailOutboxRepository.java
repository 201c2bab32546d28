package fr.spyrales.mail;

import fr.spyrales.common.metrics.OutboxBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The mail_outbox table. Every time is the database's, so that instances with drifting clocks agree. */
@ApplicationScoped
public class MailOutboxRepository implements OutboxBacklog {
    private final EntityManager em;

    MailOutboxRepository(EntityManager em) {
        this.em = em;
    }

    void insert(OutgoingMail mail) {
        // Pending inserts first (the member a registration just created): the row references it.
        em.flush();
        MailAttachment file = mail.attachment();
        em.createNativeQuery("""
                        INSERT INTO mail_outbox (member_id, recipient, subject, body, attachment_name, attachment_type, attachment)
                        VALUES (:member, :to, :subject, :body, :fileName, :fileType, :file)""")
                .unwrap(NativeQuery.class)
                .setParameter("member", mail.memberId(), StandardBasicTypes.UUID)
                .setParameter("to", mail.to())
                .setParameter("subject", mail.subject())
                .setParameter("body", mail.text())
                .setParameter("fileName", file == null ? null : file.name(), StandardBasicTypes.STRING)
                .setParameter("fileType", file == null ? null : file.contentType(), StandardBasicTypes.STRING)
                .setParameter("file", file == null ? null : file.content(), StandardBasicTypes.BINARY)
                .executeUpdate();
    }

    /** Several mails in one batched statement, after the pending inserts (the rows they reference). */
    void insertAll(List<OutgoingMail> mails) {
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO mail_outbox (member_id, recipient, subject, body, attachment_name, attachment_type, attachment)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (OutgoingMail mail : mails) {
                    MailAttachment file = mail.attachment();
                    insert.setObject(1, mail.memberId(), java.sql.Types.OTHER);
                    insert.setString(2, mail.to());
                    insert.setString(3, mail.subject());
                    insert.setString(4, mail.text());
                    insert.setString(5, file == null ? null : file.name());
                    insert.setString(6, file == null ? null : file.contentType());
                    insert.setBytes(7, file == null ? null : file.content());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    int insertToEach(String memberCondition, java.util.Map<String, Object> parameters, String subject, String text) {
        em.flush();
        var insert = em.createNativeQuery("INSERT INTO mail_outbox (member_id, recipient, subject, body, bulk)"
                        + " SELECT m.id, m.email, :subject, :body, true FROM member m WHERE " + memberCondition)
                .setParameter("subject", subject)
                .setParameter("body", text);
        parameters.forEach(insert::setParameter);
        return insert.executeUpdate();
    }

    /**
     * Leases the oldest due mail that no other worker holds, a mail to one person before those of a mailing to
     * everyone (bulk): a password reset never waits for a survey's ten thousand invitations. The attempt is counted
     * now, so that a worker dying in the middle of a send still uses one up.
     */
    Optional<ClaimedMail> claimNext(Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE mail_outbox o
                           SET locked_until = now() + make_interval(secs => :lease), attempts = o.attempts + 1
                         WHERE o.id = (SELECT id FROM mail_outbox
                                        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                                          AND (locked_until IS NULL OR locked_until <= now())
                                        ORDER BY bulk, next_attempt_at, id
                                        LIMIT 1
                                          FOR UPDATE SKIP LOCKED)
                        RETURNING o.id, o.recipient, o.subject, o.body, o.attempts, o.attachment_name, o.attachment_type, o.attachment""")
                .unwrap(NativeQuery.class)
                .addScalar("id", Long.class)
                .addScalar("recipient", String.class)
                .addScalar("subject", String.class)
                .addScalar("body", String.class)
                .addScalar("attempts", Integer.class)
                .addScalar("attachment_name", String.class)
                .addScalar("attachment_type", String.class)
                .addScalar("attachment", StandardBasicTypes.BINARY)
                .setParameter("lease", seconds(lease))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new ClaimedMail(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Integer) r[4],
                        r[5] == null ? null : new MailAttachment((String) r[5], (String) r[6], (byte[]) r[7])));
    }

    /** The text and the file go: their links (confirmation, reset, online event) must not outlive their delivery. */
    void markSent(long id) {
        em.createNativeQuery("""
                        UPDATE mail_outbox SET sent_at = now(), body = NULL, locked_until = NULL, last_error = NULL,
                               attachment_name = NULL, attachment_type = NULL, attachment = NULL
                         WHERE id = :id""").setParameter("id", id).executeUpdate();
    }

    void markRetry(long id, String error, Duration delay) {
        em.createNativeQuery("""
                        UPDATE mail_outbox
                           SET locked_until = NULL, last_error = :error, next_attempt_at = now() + make_interval(secs => :delay)
                         WHERE id = :id""")
                .setParameter("id", id)
                .setParameter("error", error)
                .setParameter("delay", seconds(delay))
                .executeUpdate();
    }

    void markGivenUp(long id, String error) {
        em.createNativeQuery(
                        "UPDATE mail_outbox SET locked_until = NULL, last_error = :error, failed_at = now() WHERE id = :id")
                .setParameter("id", id)
                .setParameter("error", error)
                .executeUpdate();
    }

    int deleteSentBefore(Duration age) {
        return em.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at < now() - make_interval(secs => :age)")
                .setParameter("age", seconds(age))
                .executeUpdate();
    }

    int deleteGivenUpBefore(Duration age) {
        return em.createNativeQuery("DELETE FROM mail_outbox WHERE failed_at < now() - make_interval(secs => :age)")
                .setParameter("age", seconds(age))
                .executeUpdate();
    }

    void deleteAllOf(UUID memberId) {
        em.createNativeQuery("DELETE FROM mail_outbox WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    List<MailPersonalData.Mail> ofMember(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT recipient, subject, created_at, sent_at, failed_at FROM mail_outbox
                         WHERE member_id = :member ORDER BY created_at DESC, id DESC""")
                .unwrap(NativeQuery.class)
                .addScalar("recipient", String.class)
                .addScalar("subject", String.class)
                .addScalar("created_at", OffsetDateTime.class)
                .addScalar("sent_at", OffsetDateTime.class)
                .addScalar("failed_at", OffsetDateTime.class)
                .setParameter("member", memberId)
                .getResultList();
        return rows.stream()
                .map(r -> new MailPersonalData.Mail(
                        (String) r[0], (String) r[1], (OffsetDateTime) r[2], (OffsetDateTime) r[3], (OffsetDateTime)
                                r[4]))
                .toList();
    }

    /** Takes a name out of the subjects and texts of every mail still held, whoever it was written to. */
    void replaceEverywhere(String name, String replacement) {
        em.createNativeQuery("""
                        UPDATE mail_outbox SET subject = replace(subject, :name, :replacement), body = replace(body, :name, :replacement)
                         WHERE strpos(subject, :name) > 0 OR strpos(body, :name) > 0""")
                .setParameter("name", name)
                .setParameter("replacement", replacement)
                .executeUpdate();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    @Override
    public String outbox() {
        return "mail";
    }

    /** What waits to leave, for the metrics: the rows of the partial index mail_outbox_due_idx. */
    @Override
    public OutboxBacklog.Waiting waiting() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT count(*) AS waiting, min(created_at) AS oldest FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL")
                .unwrap(NativeQuery.class)
                .addScalar("waiting", Long.class)
                .addScalar("oldest", OffsetDateTime.class)
                .getSingleResult();
        return new OutboxBacklog.Waiting((Long) row[0], (OffsetDateTime) row[1]);
    }
}
