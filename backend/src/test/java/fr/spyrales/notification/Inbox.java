package fr.spyrales.notification;

import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** What a member received: in the app, through the API, and by mail. */
@ApplicationScoped
public class Inbox {
    @Inject
    DeliveredMails mails;

    /** The member's notifications page, newest first. */
    public JsonPath page(Account account) {
        return account.as()
                .get("/api/v1/me/notifications?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The kinds of the member's notifications, newest first. */
    public List<String> kinds(Account account) {
        return page(account).getList("items.kind");
    }

    public long count(Account account, NotificationKind kind) {
        return kinds(account).stream().filter(kind.name()::equals).count();
    }

    /** The member's notification of that kind; fails unless there is exactly one. */
    public Map<String, Object> only(Account account, NotificationKind kind) {
        JsonPath page = page(account);
        List<Map<String, Object>> matching = page.getList("items.findAll { it.kind == '" + kind + "' }");
        if (matching.size() != 1) {
            throw new AssertionError(
                    "expected one " + kind + " for " + account.email() + ", got " + page.getList("items.kind"));
        }
        return matching.get(0);
    }

    public List<Mail> mails(Account account) {
        return mails.to(account.email());
    }

    public List<Mail> mailsWithSubject(Account account, String subjectStart) {
        return mails(account).stream()
                .filter(m -> m.getSubject().startsWith(subjectStart))
                .toList();
    }
}
