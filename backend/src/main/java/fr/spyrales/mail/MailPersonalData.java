package fr.spyrales.mail;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The mails written to the member, as the outbox still holds them (sent ones are purged after a few days). On
 * erasure the member's mails go, sent or not, and the mails held for other members lose the member's
 * name, as their notifications do.
 */
@ApplicationScoped
public class MailPersonalData implements PersonalDataSection<MailPersonalData.Mails> {
    static final String KEY = "mails";

    private final MailOutboxRepository outbox;

    MailPersonalData(MailOutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Schema(
            name = "PersonalDataMails",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Mails(
            @Schema(
                    required = true,
                    description = "Les e-mails envoyés ou à envoyer, les plus récents d'abord ;"
                            + " leur texte, qui contient des liens secrets, n'est plus gardé une fois envoyés.")
            List<Mail> items) {}

    @Schema(name = "PersonalDataMail")
    public record Mail(
            @Schema(required = true) String recipient,
            @Schema(required = true) String subject,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            OffsetDateTime failedAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Mails export(UUID memberId) {
        return new Mails(outbox.ofMember(memberId));
    }

    void erase(@Observes MemberErased erased) {
        outbox.deleteAllOf(erased.memberId());
        outbox.replaceEverywhere(erased.formerDisplayName(), MemberErased.ERASED_NAME);
    }
}
