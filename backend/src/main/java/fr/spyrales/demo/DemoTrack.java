package fr.spyrales.demo;

import java.util.List;

/**
 * A line of work and the skills that go with it: the main language an agent uses (or learns),
 * then the other skills from the most common to the most specialised, and what they work on.
 */
enum DemoTrack {
    STATISTICS(
            List.of("r"),
            List.of(
                    "statistiques",
                    "tidyverse",
                    "quarto",
                    "sondages",
                    "econometrie",
                    "series-temporelles",
                    "shiny",
                    "sql"),
            List.of(
                    "produire les tableaux d'une enquête annuelle",
                    "pondérer et redresser une enquête",
                    "publier des études reproductibles avec Quarto",
                    "désaisonnaliser des séries mensuelles",
                    "analyser les données ouvertes COVID-19 de Santé publique France")),
    DATA_SCIENCE(
            List.of("python"),
            List.of("pandas", "jupyter", "apprentissage-automatique", "text-mining", "git", "sql", "dataviz"),
            List.of(
                    "classer automatiquement des réponses en texte libre",
                            "repérer des anomalies dans des fichiers administratifs",
                    "prévoir des volumes d'activité",
                            "visualiser les données ouvertes COVID-19 de Santé publique France")),
    DEVELOPMENT(
            List.of("python", "sql"),
            List.of("git", "api-donnees", "web-scraping", "jupyter", "pandas"),
            List.of(
                    "industrialiser des chaînes de traitement", "publier des API de données ouvertes",
                    "collecter des données publiées sur le web", "automatiser des extractions de bases de données")),
    GEOMATICS(
            List.of("r", "python"),
            List.of("cartographie", "sql", "dataviz", "api-donnees", "git"),
            List.of(
                    "produire des cartes à la commune", "suivre l'artificialisation des sols",
                    "croiser des données locales avec les zonages de l'Insee", "cartographier la qualité de l'air")),
    OFFICE(
            List.of("r", "python"),
            List.of("tableur-avance", "dataviz", "sql", "quarto"),
            List.of(
                    "automatiser des tableaux de suivi",
                    "remplacer des macros de tableur",
                    "préparer des graphiques clairs pour les comités de direction",
                    "reproduire les graphiques COVID-19 de Santé publique France"));

    /** Skill codes of the main language: one is picked per agent. */
    final List<String> languages;
    /** Other skill codes, most common first. */
    final List<String> skills;
    /** What people on this track work on, to complete a sentence: "pour …". */
    final List<String> topics;

    DemoTrack(List<String> languages, List<String> skills, List<String> topics) {
        this.languages = languages;
        this.skills = skills;
        this.topics = topics;
    }
}
