package fr.spyrales.opendata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The rule on a dataset published outside data.gouv.fr (INSEE, Eurostat, a ministry's portal…): its title, its
 * producer, its https address and a licence from the configured list of open licences. Nothing here can tell
 * that the data really are open, so such a dataset always waits for an animateur (« à vérifier »).
 */
final class OutsideDatasetRule {
    private OutsideDatasetRule() {}

    static DatasetCheck check(String title, String producer, String url, String licence, List<String> openLicences) {
        if (isBlank(title) || isBlank(producer) || isBlank(url) || isBlank(licence)) {
            return refused(DatasetRefusal.INCOMPLETE, title, producer, licence, url);
        }
        if (!isHttps(url.strip())) {
            return refused(DatasetRefusal.NOT_HTTPS, title, producer, licence, url);
        }
        if (!openLicences.contains(licence.strip())) {
            return refused(DatasetRefusal.OUTSIDE_LICENCE_NOT_OPEN, title, producer, licence, url);
        }
        return new DatasetCheck(
                DatasetVerdict.TO_REVIEW,
                null,
                DatasetPending.OUTSIDE,
                "À vérifier : ce jeu de données n'est pas publié sur data.gouv.fr ; un·e animateur·rice confirmera"
                        + " qu'il est bien ouvert.",
                null,
                title.strip(),
                producer.strip(),
                licence.strip(),
                null,
                url.strip(),
                null,
                false);
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https"
                            .equals(
                                    uri.getScheme() == null
                                            ? null
                                            : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static DatasetCheck refused(
            DatasetRefusal refusal, String title, String producer, String licence, String url) {
        return new DatasetCheck(
                DatasetVerdict.REFUSED,
                refusal,
                null,
                refusal.explanation,
                null,
                title,
                producer,
                licence,
                null,
                url,
                null,
                false);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
