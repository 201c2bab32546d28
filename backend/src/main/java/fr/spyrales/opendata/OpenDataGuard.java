package fr.spyrales.opendata;

import fr.spyrales.common.RateLimiter;
import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;
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
    private final RateLimiter rateLimiter;

    OpenDataGuard(DataGouvClient datagouv, DataGouvLicences licences, OpenDataConfig config, RateLimiter rateLimiter) {
        this.datagouv = datagouv;
        this.licences = licences;
        this.config = config;
        this.rateLimiter = rateLimiter;
    }

    /**
     * A dataset as a member gives it in a request: by its data.gouv.fr reference, or by the four facts of a dataset
     * published elsewhere. An input with neither, or both, is refused as a validation problem. Report a refusal on
     * {@link DatasetInput#fieldOf(DatasetCheck)}.
     */
    public DatasetCheck check(DatasetInput input) {
        boolean reference = input.reference() != null;
        if (reference && input.isOutside()) {
            return DatasetCheck.refusedInput(DatasetRefusal.BOTH_FORMS);
        }
        if (reference) {
            return check(input.reference());
        }
        if (!input.isOutside()) {
            return DatasetCheck.refusedInput(DatasetRefusal.NO_DATASET);
        }
        return checkOutside(input.title(), input.producer(), input.url(), input.licence());
    }

    /**
     * Counts {@code checks} checks against the member's allowance, before asking data.gouv.fr: 429 once they asked
     * for {@link OpenDataConfig#checksPerMember()} within the throttling window.
     */
    public void throttle(UUID memberId, int checks) {
        RateLimiter.Limit limit = new RateLimiter.Limit("opendata-check:" + memberId, config.checksPerMember());
        for (int i = 0; i < checks; i++) {
            rateLimiter.hit(limit);
        }
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
