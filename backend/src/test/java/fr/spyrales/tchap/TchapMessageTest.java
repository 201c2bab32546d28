package fr.spyrales.tchap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.common.news.NewsHeadline;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TchapMessageTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00+01:00");

    @Test
    void aNewWebinarSaysWhenInParisTimeAndLinksToItsRegistration() {
        var headline = new NewsHeadline(
                "Débuter avec le tidyverse", "WEBINAR", OffsetDateTime.parse("2026-12-12T13:00:00Z"), "/evenements/1");
        TchapMessage message =
                TchapMessage.of(TchapNewsType.EVENT_CREATED, headline, "https://spyrales.fr/evenements/1", NOW, false);
        assertEquals(
                "Nouveau webinaire : Débuter avec le tidyverse le 12 décembre à 14 h — s'inscrire :"
                        + " https://spyrales.fr/evenements/1",
                message.body());
        assertEquals(
                "Nouveau webinaire : <strong>Débuter avec le tidyverse</strong> le 12 décembre à 14 h — <a"
                        + " href=\"https://spyrales.fr/evenements/1\" rel=\"noopener\">s&#39;inscrire</a>",
                message.formattedBody());
    }

    @Test
    void minutesAndAnotherYearAreShown() {
        assertEquals("3 mars 2027 à 9 h 30", TchapMessage.moment(OffsetDateTime.parse("2027-03-03T08:30:00Z"), NOW));
        assertEquals("12 juillet à 14 h", TchapMessage.moment(OffsetDateTime.parse("2026-07-12T12:00:00Z"), NOW));
    }

    @Test
    void aTitleCannotInjectHtmlAndOnlyHttpsLinksSurvive() {
        var headline = new NewsHeadline("<script>alert(1)</script> & <a href=x>R</a>", null, null, "/projets/1");
        TchapMessage message =
                TchapMessage.of(TchapNewsType.PROJECT_CREATED, headline, "http://localhost/projets/1", NOW, false);
        assertEquals(
                "Nouveau projet : <strong>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;a href&#61;x&gt;R&lt;/a&gt;"
                        + "</strong> — le découvrir",
                message.formattedBody());
        assertEquals(
                "Nouveau projet : <script>alert(1)</script> & <a href=x>R</a> — le découvrir :"
                        + " http://localhost/projets/1",
                message.body());
    }
}
