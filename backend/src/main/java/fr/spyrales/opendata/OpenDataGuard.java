package fr.spyrales.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * The open-data guard: the one place that decides whether a dataset may be declared by a project or a challenge.
 * Callers store the returned {@link DatasetCheck} with the thing that declares the dataset (a dataset « à
 * vérifier » then waits for an animateur) and refuse the request with {@link DatasetCheck#unlessRefused(String)}:
 *
 * <pre>{@code
 * DatasetCheck check = guard.check(input.reference()).unlessRefused("reference");
 * }</pre>
 *
 * {@link #check(String)} calls data.gouv.fr (a few seconds at most, never inside a transaction that holds locks):
 * call it before opening the transaction that stores the result.
 */
@ApplicationScoped
public class OpenDataGuard {
    private static final Logger LOG = Logger.getLogger(OpenDataGuard.class);

    private final DataGouvClient datagouv;
    private final DataGouvLicences licences;
    private final OpenDataConfig config;

    OpenDataGuard(DataGouvClient datagouv, DataGouvLicences licences, OpenDataConfig config) {
        this.datagouv = datagouv;
        this.licences = licences;
        this.config = config;
    }

    /**
     * A data.gouv.fr dataset, named by its page's address or its id or slug: VERIFIED under an open licence,
     * TO_REVIEW under a licence a person must read or when data.gouv.fr does not answer, REFUSED otherwise.
     */
    public DatasetCheck check(String reference) {
        return DataGouvReference.parse(reference).map(this::lookUp).orElseGet(OpenDataRule::notAReference);
    }

    /**
     * A dataset published elsewhere: at best TO_REVIEW, until an animateur confirms it. An address on data.gouv.fr
     * is checked as such, so that a private or unlicensed dataset there cannot come in through this door.
     */
    public DatasetCheck checkOutside(String title, String producer, String url, String licence) {
        if (url != null && url.strip().toLowerCase(Locale.ROOT).matches("https?://(www\\.)?data\\.gouv\\.fr/.*")) {
            return check(url);
        }
        return OutsideDatasetRule.check(title, producer, url, licence, config.outsideLicences());
    }

    private DatasetCheck lookUp(DataGouvReference reference) {
        String baseUrl = config.datagouv().baseUrl();
        DatasetLookup lookup;
        try {
            lookup = datagouv.dataset(reference.idOrSlug());
        } catch (DataGouvUnavailable | FaultToleranceException e) {
            LOG.warnf(
                    "data.gouv.fr did not answer about %s, left for an animateur to review: %s",
                    reference.idOrSlug(), e);
            return OpenDataRule.unreachable(reference, baseUrl);
        }
        if (lookup instanceof DatasetLookup.Found found) {
            return OpenDataRule.judge(found.dataset(), licences.byId());
        }
        if (lookup instanceof DatasetLookup.Deleted) {
            return OpenDataRule.deleted(reference, baseUrl);
        }
        return OpenDataRule.notFound(reference, baseUrl);
    }
}
