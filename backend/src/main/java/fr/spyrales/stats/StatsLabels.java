package fr.spyrales.stats;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The French labels of the cells, in the order they are shown. */
final class StatsLabels {
    static final String NOT_GIVEN = "Non renseigné";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    static final Map<String, String> ORGANIZATION_KINDS = ordered(
            "MINISTERE", "Ministère",
            "DIRECTION", "Direction ou service statistique ministériel",
            "OPERATEUR", "Opérateur",
            "SERVICE_DECONCENTRE", "Service déconcentré",
            "COLLECTIVITE", "Collectivité territoriale",
            "AUTRE", "Autre");
    static final Map<String, String> CATEGORIES = ordered("A", "Catégorie A", "B", "Catégorie B", "C", "Catégorie C");
    static final Map<String, String> SERVICE_TYPES = ordered(
            "ADMINISTRATION_CENTRALE", "Administration centrale",
            "SERVICES_DECONCENTRES", "Services déconcentrés",
            "OPERATEUR", "Opérateur de l'État",
            "COLLECTIVITE", "Collectivité territoriale");
    static final Map<String, String> PROJECT_STATUSES = ordered(
            "IDEA", "Idée",
            "RECRUITING", "Recherche d'équipe",
            "IN_PROGRESS", "En cours",
            "DONE", "Terminé",
            "ARCHIVED", "Archivé");
    static final Map<String, String> EVENT_TYPES = ordered(
            "WEBINAR", "Webinaire",
            "WORKSHOP", "Atelier",
            "MEETUP", "Rencontre",
            "PROJECT_SHOWCASE", "Présentation de projet");
    static final Map<String, String> RESOURCE_TYPES = ordered(
            "COURSE", "Cours",
            "TUTORIAL", "Tutoriel",
            "VIDEO", "Vidéo",
            "BOOK", "Livre",
            "NOTEBOOK", "Notebook",
            "EXERCISE", "Exercice",
            "DOCUMENTATION", "Documentation",
            "TOOL", "Outil");

    private StatsLabels() {}

    /** « mars 2026 ». */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
