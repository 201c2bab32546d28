package fr.spyrales.tchap;

import fr.spyrales.common.news.NewsHeadline;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The French text of a notice: a plain {@code body} for every client and a sanitised HTML {@code formatted_body}
 * whose only link goes back to the platform. Pure: no query, no clock but the one given.
 *
 * @param body the plain text, link included
 * @param formattedBody the same in HTML: strong for the title, one link
 */
public record TchapMessage(String body, String formattedBody) {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** Only what the messages use; links in https (or http where the configuration allows it, tests and dev). */
    private static final PolicyFactory HTTPS_ONLY = policy(false);

    private static final PolicyFactory HTTP_TOO = policy(true);

    private static PolicyFactory policy(boolean allowHttp) {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder()
                .allowElements("strong", "a")
                .allowAttributes("href")
                .onElements("a")
                .requireRelsOnLinks("noopener");
        return allowHttp
                ? builder.allowUrlProtocols("https", "http").toFactory()
                : builder.allowUrlProtocols("https").toFactory();
    }

    /**
     * The notice of a news about this subject.
     *
     * @param url the subject's page on the platform, absolute
     * @param now the moment the text is written: a date in another year shows its year
     */
    static TchapMessage of(
            TchapNewsType type, NewsHeadline headline, String url, OffsetDateTime now, boolean allowHttp) {
        String title = headline.title();
        return switch (type) {
            case EVENT_CREATED ->
                compose(
                        eventNew(headline.kind()),
                        title,
                        " le " + moment(headline.when(), now),
                        "s'inscrire",
                        url,
                        allowHttp);
            case EVENT_CANCELLED ->
                compose(
                        "Événement annulé",
                        title,
                        ", prévu le " + moment(headline.when(), now),
                        "voir l'événement",
                        url,
                        allowHttp);
            case EVENT_REPLAY_PUBLISHED -> compose("Le replay est en ligne", title, "", "le regarder", url, allowHttp);
            case CHALLENGE_PUBLISHED ->
                compose(
                        "Nouveau défi de La Piscine",
                        title,
                        ", jusqu'au " + moment(headline.when(), now),
                        "participer",
                        url,
                        allowHttp);
            case RESOURCE_PUBLISHED ->
                compose("Nouvelle ressource dans la bibliothèque", title, "", "la consulter", url, allowHttp);
            case PROJECT_CREATED -> compose("Nouveau projet", title, "", "le découvrir", url, allowHttp);
            case PROJECT_LOOKING_FOR_PEOPLE ->
                compose("Un projet cherche des participants", title, "", "le rejoindre", url, allowHttp);
        };
    }

    /** The message an animateur posts to check a room's configuration. */
    static TchapMessage test(String url, boolean allowHttp) {
        return compose(
                "Message de test de Spyrales",
                "les annonces arriveront dans ce salon",
                "",
                "ouvrir Spyrales",
                url,
                allowHttp);
    }

    private static TchapMessage compose(
            String lead, String title, String middle, String action, String url, boolean allowHttp) {
        String body = lead + " : " + title + middle + " — " + action + " : " + url;
        String html = lead + " : <strong>" + escape(title) + "</strong>" + escape(middle) + " — <a href=\""
                + escape(url) + "\">" + escape(action) + "</a>";
        return new TchapMessage(body, (allowHttp ? HTTP_TOO : HTTPS_ONLY).sanitize(html));
    }

    private static String eventNew(String kind) {
        if (kind == null) {
            return "Nouvel événement";
        }
        return switch (kind) {
            case "WEBINAR" -> "Nouveau webinaire";
            case "WORKSHOP" -> "Nouvel atelier";
            case "MEETUP" -> "Nouvelle rencontre";
            case "PROJECT_SHOWCASE" -> "Nouvelle présentation de projet";
            default -> "Nouvel événement";
        };
    }

    /** « 12 décembre à 14 h », « 3 mars à 9 h 30 », with the year when it is not this year's (Paris time). */
    static String moment(OffsetDateTime when, OffsetDateTime now) {
        var local = when.atZoneSameInstant(PARIS);
        boolean sameYear = local.getYear() == now.atZoneSameInstant(PARIS).getYear();
        String day = (sameYear ? DAY : DAY_AND_YEAR).format(local);
        String time =
                local.getHour() + " h" + (local.getMinute() == 0 ? "" : " " + String.format("%02d", local.getMinute()));
        return day + " à " + time;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
