package fr.spyrales.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The open-data rule on what data.gouv.fr says, without the application nor data.gouv.fr. */
class OpenDataRuleTest {
    private static final DataGouvDataset.Organization PRODUCER =
            new DataGouvDataset.Organization("5d71f5ef8b4c4144a5d2d5e2", "Santé publique France");

    private static final Map<String, DataGouvLicence> LICENCES = Map.of(
            "lov2", new DataGouvLicence("lov2", "Licence Ouverte / Open Licence version 2.0", true),
            "notspecified", new DataGouvLicence("notspecified", "License Not Specified", false),
            "other-closed", new DataGouvLicence("other-closed", "Autre (fermée)", false),
            "mit", new DataGouvLicence("mit", "MIT License", true));

    @Example
    void anOpenLicenceIsVerifiedAndKeepsTheFacts() {
        DatasetCheck check = OpenDataRule.judge(dataset("lov2", false, null, null), Optional.of(LICENCES));

        assertEquals(DatasetVerdict.VERIFIED, check.verdict());
        assertNull(check.refusal());
        assertEquals("5e7e104ace2080d9162b61d8", check.datagouvId());
        assertEquals("Santé publique France", check.producer());
        assertEquals("Licence Ouverte / Open Licence version 2.0", check.licenceTitle());
        assertEquals(OffsetDateTime.parse("2023-07-03T18:05:06.451Z"), check.lastModified());
    }

    @Example
    void everyLicenceOfTheOpenListIsVerifiedEvenWithoutDataGouvsList() {
        for (String licence : OpenDataRule.OPEN_LICENCES) {
            assertEquals(
                    DatasetVerdict.VERIFIED,
                    OpenDataRule.judge(dataset(licence, false, null, null), Optional.empty())
                            .verdict(),
                    licence);
        }
    }

    @Example
    void theOtherLicencesOfDataGouvGoToAnAnimateur() {
        for (String licence : OpenDataRule.LICENCES_TO_REVIEW) {
            DatasetCheck check = OpenDataRule.judge(dataset(licence, false, null, null), Optional.of(LICENCES));
            assertEquals(DatasetVerdict.TO_REVIEW, check.verdict(), licence);
            assertTrue(check.reason().startsWith("À vérifier"), check.reason());
        }
    }

    @Example
    void noLicenceIsRefused() {
        assertEquals(DatasetRefusal.NO_LICENCE, refusalOf(dataset("notspecified", false, null, null)));
        assertEquals(DatasetRefusal.NO_LICENCE, refusalOf(dataset(null, false, null, null)));
        assertEquals(DatasetRefusal.NO_LICENCE, refusalOf(dataset(" ", false, null, null)));
    }

    @Example
    void aLicenceThatDataGouvDoesNotCountAsOpenIsRefused() {
        assertEquals(DatasetRefusal.LICENCE_NOT_OPEN, refusalOf(dataset("other-closed", false, null, null)));
    }

    @Example
    void aLicenceUnknownHereButOpenForDataGouvOrUnknownEverywhereGoesToAnAnimateur() {
        assertEquals(
                DatasetVerdict.TO_REVIEW,
                OpenDataRule.judge(dataset("mit", false, null, null), Optional.of(LICENCES))
                        .verdict());
        assertEquals(
                DatasetVerdict.TO_REVIEW,
                OpenDataRule.judge(dataset("licence-inconnue", false, null, null), Optional.of(LICENCES))
                        .verdict());
        assertEquals(
                DatasetVerdict.TO_REVIEW,
                OpenDataRule.judge(dataset("other-closed", false, null, null), Optional.empty())
                        .verdict());
    }

    @Example
    void anArchivedDatasetStaysOpenDataAndSaysItIsNoLongerUpdated() {
        DatasetCheck check = OpenDataRule.judge(
                dataset("lov2", false, null, "2023-07-04T08:00:00.000000+00:00"), Optional.of(LICENCES));

        assertEquals(DatasetVerdict.VERIFIED, check.verdict());
        assertTrue(check.archived());
        assertTrue(check.reason().contains("archivé"), check.reason());
    }

    @Example
    void aDateWithoutOffsetIsReadAsUtcAndAnUnreadableOneIsLeftOut() {
        DataGouvDataset withoutOffset = new DataGouvDataset(
                "x",
                "X",
                "https://www.data.gouv.fr/fr/datasets/x/",
                "lov2",
                PRODUCER,
                false,
                null,
                null,
                "2023-07-03T18:05:06.451000");
        DataGouvDataset unreadable = new DataGouvDataset(
                "x", "X", "https://www.data.gouv.fr/fr/datasets/x/", "lov2", PRODUCER, false, null, null, "hier");

        assertEquals(
                OffsetDateTime.parse("2023-07-03T18:05:06.451Z"),
                OpenDataRule.judge(withoutOffset, Optional.empty()).lastModified());
        assertNull(OpenDataRule.judge(unreadable, Optional.empty()).lastModified());
    }

    @Example
    void aDatasetWithoutOrganisationHasNoProducer() {
        DataGouvDataset byAPerson = new DataGouvDataset(
                "x", "X", "https://www.data.gouv.fr/fr/datasets/x/", "lov2", null, false, null, null, null);

        assertNull(OpenDataRule.judge(byAPerson, Optional.empty()).producer());
    }

    @Example
    void whenDataGouvDoesNotAnswerADatasetIsNeverAccepted() {
        DatasetCheck check = OpenDataRule.unreachable(new DataGouvReference("abc"), "https://www.data.gouv.fr/");

        assertEquals(DatasetVerdict.TO_REVIEW, check.verdict());
        assertEquals("https://www.data.gouv.fr/fr/datasets/abc/", check.url());
        assertNull(check.datagouvId());
    }

    @Property
    void privateOrDeletedDatasetsAreRefusedWhateverTheirLicence(
            @ForAll("licences") String licence, @ForAll boolean isPrivate, @ForAll boolean deleted) {
        DataGouvDataset dataset = dataset(licence, isPrivate, deleted ? "2024-02-12T09:14:00+00:00" : null, null);

        DatasetCheck check = OpenDataRule.judge(dataset, Optional.of(LICENCES));

        if (deleted) {
            assertEquals(DatasetRefusal.DELETED, check.refusal());
        } else if (isPrivate) {
            assertEquals(DatasetRefusal.PRIVATE, check.refusal());
        }
    }

    @Property
    void onlyTheOpenListIsEverVerified(
            @ForAll("licences") String licence, @ForAll("knownLists") Optional<Map<String, DataGouvLicence>> list) {
        DatasetCheck check = OpenDataRule.judge(dataset(licence, false, null, null), list);

        assertEquals(OpenDataRule.OPEN_LICENCES.contains(licence), check.verdict() == DatasetVerdict.VERIFIED, licence);
        if (check.verdict() == DatasetVerdict.REFUSED) {
            assertNotEquals(null, check.refusal());
            assertTrue(check.reason().startsWith("Seules les données ouvertes sont acceptées"), check.reason());
        }
    }

    @Provide
    Arbitrary<String> licences() {
        return Arbitraries.oneOf(
                Arbitraries.of(OpenDataRule.OPEN_LICENCES),
                Arbitraries.of(OpenDataRule.LICENCES_TO_REVIEW),
                Arbitraries.of("notspecified", "other-closed", "mit", "licence-inconnue", ""),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<Optional<Map<String, DataGouvLicence>>> knownLists() {
        return Arbitraries.of(Optional.of(LICENCES), Optional.empty());
    }

    private static DatasetRefusal refusalOf(DataGouvDataset dataset) {
        DatasetCheck check = OpenDataRule.judge(dataset, Optional.of(LICENCES));
        assertEquals(DatasetVerdict.REFUSED, check.verdict());
        return check.refusal();
    }

    private static DataGouvDataset dataset(String licence, boolean isPrivate, String deleted, String archived) {
        return new DataGouvDataset(
                "5e7e104ace2080d9162b61d8",
                "Données hospitalières relatives à l'épidémie de COVID-19",
                "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/",
                licence,
                PRODUCER,
                isPrivate,
                deleted,
                archived,
                "2023-07-03T18:05:06.451000+00:00");
    }
}
