package fr.spyrales.opendata;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem;
import fr.spyrales.common.ProblemType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    /**
     * These checks when none is refused; else one problem naming each refused one on {@code listField[i]} (400
     * when one of them is not a dataset's reference, 422 when they are only not open data).
     */
    public static List<DatasetCheck> unlessAnyRefused(List<DatasetCheck> checks, String listField) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ProblemType problem = ProblemType.OPEN_DATA_ONLY;
        for (int i = 0; i < checks.size(); i++) {
            DatasetCheck check = checks.get(i);
            if (check.verdict() == DatasetVerdict.REFUSED) {
                errors.add(new Problem.FieldError(listField + "[" + i + "]", check.reason()));
                if (check.refusal().problem == ProblemType.VALIDATION) {
                    problem = ProblemType.VALIDATION;
                }
            }
        }
        if (errors.isEmpty()) {
            return checks;
        }
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "Plusieurs jeux de données ne peuvent pas être déclarés : " + errors.size() + " sur " + checks.size()
                        + ". Seules les données ouvertes sont acceptées.";
        throw new ApiException(problem, detail, errors, null);
    }

    /** Refused because the input names no dataset (a validation problem), not because the data are not open. */
    boolean isInvalidInput() {
        return verdict == DatasetVerdict.REFUSED && refusal.problem == ProblemType.VALIDATION;
    }

    /** The refusal of an input that names no dataset, or names it twice. */
    static DatasetCheck refusedInput(DatasetRefusal refusal) {
        return new DatasetCheck(
                DatasetVerdict.REFUSED,
                refusal,
                null,
                refusal.explanation,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }
}
