package fr.spyrales.demo;

import fr.spyrales.opendata.DatasetCheck;
import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.DatasetVerdict;
import java.time.OffsetDateTime;

/**
 * The open datasets of the demo's projects and challenges. The demo loads offline (a local trial may have no
 * internet), so the data.gouv.fr datasets are given as the open-data guard found them on data.gouv.fr; the others
 * go through the guard like any member's, and wait for an animateur.
 */
final class DemoDatasets {
    private DemoDatasets() {}

    /** Santé publique France's hospital data, under the Licence Ouverte 2.0: the community's first project. */
    static DatasetCheck covidHospital() {
        return onDataGouv(
                "5e7e104ace2080d9162b61d8",
                "Données hospitalières relatives à l'épidémie de COVID-19",
                "donnees-hospitalieres-relatives-a-lepidemie-de-covid-19",
                OffsetDateTime.parse("2023-07-03T18:05:06Z"));
    }

    /** Santé publique France's emergency-room data (passages aux urgences et actes SOS Médecins). */
    static DatasetCheck covidEmergencies() {
        return onDataGouv(
                "5e74ecf52eb7514f2d3b8845",
                "Données des urgences hospitalières et de SOS médecins relatives à l'épidémie de COVID-19",
                "donnees-des-urgences-hospitalieres-et-de-sos-medecins-relatives-a-lepidemie-de-covid-19",
                OffsetDateTime.parse("2023-06-29T14:10:31+02:00"));
    }

    static DatasetInput justiceKeyFigures() {
        return outside(
                "Les chiffres clés de la Justice",
                "Ministère de la Justice",
                "https://www.justice.gouv.fr/documentation/etudes-et-statistiques/chiffres-cles-justice");
    }

    static DatasetInput electricityByCommune() {
        return outside(
                "Consommation annuelle d'électricité et de gaz par commune",
                "Agence ORE",
                "https://opendata.agenceore.fr/explore/dataset/conso-elec-gaz-annuelle-par-naf-agregee-commune/");
    }

    static DatasetInput electionResults() {
        return outside(
                "Résultats des élections européennes 2024 par bureau de vote",
                "Ministère de l'Intérieur",
                "https://www.resultats-elections.interieur.gouv.fr/europeennes2024/");
    }

    static DatasetInput birthsByDepartment() {
        return outside(
                "Naissances et fécondité par département",
                "Insee",
                "https://www.insee.fr/fr/statistiques/series/102326800");
    }

    private static DatasetCheck onDataGouv(String id, String title, String slug, OffsetDateTime lastModified) {
        return new DatasetCheck(
                DatasetVerdict.VERIFIED,
                null,
                null,
                "Licence ouverte reconnue par data.gouv.fr.",
                id,
                title,
                "Santé publique France",
                "lov2",
                "Licence Ouverte / Open Licence version 2.0",
                "https://www.data.gouv.fr/fr/datasets/" + slug + "/",
                lastModified,
                false);
    }

    private static DatasetInput outside(String title, String producer, String url) {
        return new DatasetInput(null, title, producer, url, "lov2");
    }
}
