package fr.spyrales.opendata;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The guard's answer on one dataset, with the facts to store beside it. For a data.gouv.fr dataset that was
 * found, {@code datagouvId} is its id (never the slug, which its producer may change) and {@code url} its page;
 * when data.gouv.fr did not answer, only {@code url} is known. For a dataset outside data.gouv.fr,
 * {@code datagouvId} is null and the other facts are the member's.
 *
 * @param refusal why it is refused, null unless the verdict is {@link DatasetVerdict#REFUSED}
 * @param pending why a person must look at it, null unless the verdict is {@link DatasetVerdict#TO_REVIEW}
 * @param reason the French sentence shown beside the verdict (the refusal's explanation when refused)
 * @param licence the licence id (data.gouv.fr's vocabulary: lov2, odc-odbl…), null when none is given
 * @param licenceTitle the licence's name in data.gouv.fr's list, null when unknown
 * @param archived data.gouv.fr no longer updates it (still open data: it stays usable)
 */
public record DatasetCheck(
        DatasetVerdict verdict,
        DatasetRefusal refusal,
        DatasetPending pending,
        String reason,
        String datagouvId,
        String title,
        String producer,
        String licence,
        String licenceTitle,
        String url,
        OffsetDateTime lastModified,
        boolean archived) {

    /**
     * This check when the dataset may be declared (verified or to review); else the 4xx problem for the field that
     * named it, with the reason as its error (422 when the data is not open, 400 when the input is not a dataset's reference).
     */
    public DatasetCheck unlessRefused(String field) {
        if (verdict != DatasetVerdict.REFUSED) {
            return this;
        }
        throw new ApiException(refusal.problem, reason, List.of(new Problem.FieldError(field, reason)), null);
    }
}
