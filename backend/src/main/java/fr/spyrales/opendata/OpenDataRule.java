package fr.spyrales.opendata;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open-data rule on what data.gouv.fr says of a dataset. Accepted: the licences that data.gouv.fr's list
 * marks open. Left to an animateur: data.gouv.fr's « other » licences, whose text the producer wrote, and any
 * licence this rule does not know yet. Refused: no licence, a licence that list does not count as open, a private
 * or deleted dataset, an unknown one. An archived dataset is judged like any other: archiving only stops its
 * updates, its data stay published under the same licence (the COVID-19 hospital data are archived).
 */
final class OpenDataRule {
    static final Set<String> OPEN_LICENCES =
            Set.of("lov2", "fr-lo", "odc-odbl", "odc-by", "odc-pddl", "cc-by", "cc-by-sa", "cc-zero");

    static final Set<String> LICENCES_TO_REVIEW = Set.of("other-open", "other-pd", "other-at");

    private static final String NOT_SPECIFIED = "notspecified";

    private OpenDataRule() {}

    /** {@code licences}: data.gouv.fr's licence list by id, when it could be read. */
    static DatasetCheck judge(DataGouvDataset dataset, Optional<Map<String, DataGouvLicence>> licences) {
        String licence = dataset.license() == null || dataset.license().isBlank() ? null : dataset.license();
        Optional<DataGouvLicence> listed = licence == null ? Optional.empty() : licences.map(byId -> byId.get(licence));
        String licenceTitle = listed.map(DataGouvLicence::title).orElse(null);
        if (dataset.deleted() != null) {
            return refused(dataset, licenceTitle, DatasetRefusal.DELETED);
        }
        if (dataset.isPrivate()) {
            return refused(dataset, licenceTitle, DatasetRefusal.PRIVATE);
        }
        if (licence == null || licence.equals(NOT_SPECIFIED)) {
            return refused(dataset, licenceTitle, DatasetRefusal.NO_LICENCE);
        }
        if (OPEN_LICENCES.contains(licence)) {
            return found(
                    dataset,
                    licenceTitle,
                    DatasetVerdict.VERIFIED,
                    null,
                    null,
                    "Licence ouverte reconnue par data.gouv.fr.");
        }
        if (LICENCES_TO_REVIEW.contains(licence)) {
            return found(
                    dataset,
                    licenceTitle,
                    DatasetVerdict.TO_REVIEW,
                    null,
                    DatasetPending.LICENCE,
                    "À vérifier : la licence de ce jeu de données est rédigée par son producteur ; un·e animateur·rice"
                            + " vérifiera qu'elle est bien ouverte.");
        }
        if (listed.isPresent() && !listed.get().okdCompliant()) {
            return refused(dataset, licenceTitle, DatasetRefusal.LICENCE_NOT_OPEN);
        }
        return found(
                dataset,
                licenceTitle,
                DatasetVerdict.TO_REVIEW,
                null,
                DatasetPending.LICENCE,
                "À vérifier : Spyrales ne connaît pas encore cette licence ; un·e animateur·rice vérifiera qu'elle est"
                        + " bien ouverte.");
    }

    static DatasetCheck notFound(DataGouvReference reference, String baseUrl) {
        return withoutFacts(DatasetRefusal.NOT_FOUND, reference.pageOn(baseUrl));
    }

    /** data.gouv.fr answered 410: it keeps the address of a deleted dataset, not its facts. */
    static DatasetCheck deleted(DataGouvReference reference, String baseUrl) {
        return withoutFacts(DatasetRefusal.DELETED, reference.pageOn(baseUrl));
    }

    static DatasetCheck notAReference() {
        return withoutFacts(DatasetRefusal.NOT_A_DATAGOUV_REFERENCE, null);
    }

    /** data.gouv.fr did not answer: never accepted silently, a person looks at it. */
    static DatasetCheck unreachable(DataGouvReference reference, String baseUrl) {
        return new DatasetCheck(
                DatasetVerdict.TO_REVIEW,
                null,
                DatasetPending.UNREACHABLE,
                "À vérifier : data.gouv.fr ne répond pas pour le moment, la licence de ce jeu de données n'a pas pu"
                        + " être vérifiée. Un·e animateur·rice la vérifiera.",
                null,
                null,
                null,
                null,
                null,
                reference.pageOn(baseUrl),
                null,
                false);
    }

    private static DatasetCheck withoutFacts(DatasetRefusal refusal, String url) {
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
                url,
                null,
                false);
    }

    private static DatasetCheck refused(DataGouvDataset dataset, String licenceTitle, DatasetRefusal refusal) {
        return found(dataset, licenceTitle, DatasetVerdict.REFUSED, refusal, null, refusal.explanation);
    }

    private static DatasetCheck found(
            DataGouvDataset dataset,
            String licenceTitle,
            DatasetVerdict verdict,
            DatasetRefusal refusal,
            DatasetPending pending,
            String reason) {
        String reasonWhenArchived = dataset.archived() == null
                ? reason
                : reason + " Il est archivé sur data.gouv.fr : ses données ne sont plus mises à jour.";
        return new DatasetCheck(
                verdict,
                refusal,
                pending,
                reasonWhenArchived,
                dataset.id(),
                dataset.title(),
                dataset.organization() == null ? null : dataset.organization().name(),
                dataset.license() == null || dataset.license().isBlank() ? null : dataset.license(),
                licenceTitle,
                dataset.page(),
                instant(dataset.lastModified()),
                dataset.archived() != null);
    }

    /** data.gouv.fr writes its dates with an offset; a few older ones come without, in UTC. */
    private static OffsetDateTime instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
