package fr.spyrales.demo;

import fr.spyrales.demo.DemoProjects.DemoCast;
import fr.spyrales.event.EventAccess.Viewer;
import fr.spyrales.event.EventDtos.EventCreate;
import fr.spyrales.event.EventDtos.EventUpdate;
import fr.spyrales.event.EventDtos.SpeakerInput;
import fr.spyrales.event.EventEditing;
import fr.spyrales.event.EventRegistrations;
import fr.spyrales.event.EventType;
import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo's agenda: a past webinar with its replay and slides (who came is marked), an upcoming webinar that is full
 * with a waitlist, a workshop with seats left, and the next « Rencontres Spyrales ». Dates are set from today, in
 * Paris time. Made through the events' own services (registration, waitlist, attendance, replay mail), so every rule
 * holds; the registrants get their confirmation mails and notifications as real members would.
 */
@ApplicationScoped
class DemoEvents {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EventEditing editing;
    private final EventRegistrations registrations;

    DemoEvents(EventEditing editing, EventRegistrations registrations) {
        this.editing = editing;
        this.registrations = registrations;
    }

    /** Creates the four events; returns how many. */
    int load(DemoCast cast) {
        Viewer claire = new Viewer(cast.claire(), true);
        Viewer karim = new Viewer(cast.karim(), true);

        pastWebinarWithReplay(cast, claire);
        UUID full = editing.create(
                        karim,
                        new EventCreate(
                                "pandas pour les statisticiens : de SAS à Python",
                                """
                                Vous connaissez SAS ou R et vous découvrez Python ? Une heure pour retrouver vos \
                                réflexes avec **pandas** : lire un fichier, filtrer, agréger, fusionner des tables.

                                Questions en fin de séance ; le replay sera mis en ligne.""",
                                EventType.WEBINAR,
                                at(12, 11, 0),
                                at(12, 12, 0),
                                "https://webinaire.numerique.gouv.fr/meeting/spyrales-pandas",
                                null,
                                5,
                                ResourceLevel.BEGINNER,
                                ProgrammingLanguage.PYTHON,
                                List.of("python", "pandas"),
                                List.of(new SpeakerInput(cast.karim(), null)),
                                null,
                                null))
                .id();
        // Five seats for eight agents: the last three wait, in the order they registered.
        for (int i = 0; i < 8; i++) {
            registrations.register(full, member(cast.agent(i)));
        }

        UUID workshop = editing.create(
                        claire,
                        new EventCreate(
                                "Atelier : versionner ses programmes avec Git",
                                """
                                Un atelier pratique, en petit groupe : créer un dépôt, enregistrer ses modifications, \
                                revenir en arrière, travailler à plusieurs sur un même projet.

                                Apportez votre ordinateur avec Git installé (ou demandez-le à votre service \
                                informatique avant l'atelier).""",
                                EventType.WORKSHOP,
                                at(19, 9, 30),
                                at(19, 12, 30),
                                "https://webinaire.numerique.gouv.fr/meeting/spyrales-git",
                                "Insee, 88 avenue Verdier, Montrouge",
                                15,
                                ResourceLevel.INTERMEDIATE,
                                ProgrammingLanguage.BOTH,
                                List.of("git"),
                                List.of(
                                        new SpeakerInput(cast.claire(), null),
                                        new SpeakerInput(null, "Thomas Leclerc (Etalab)")),
                                null,
                                null))
                .id();
        for (int i = 8; i < 12; i++) {
            registrations.register(workshop, member(cast.agent(i)));
        }

        UUID rencontres = editing.create(
                        claire,
                        new EventCreate(
                                "Rencontres Spyrales "
                                        + LocalDate.now(PARIS).plusDays(75).getYear(),
                                """
                                Les rencontres annuelles de la communauté : retours d'expérience des projets, \
                                ateliers en parallèle, présentations éclair et un temps pour se retrouver.

                                Le programme détaillé sera publié un mois avant.""",
                                EventType.MEETUP,
                                at(75, 9, 0),
                                at(76, 17, 30),
                                null,
                                "Ministère de l'Économie, Bercy, Paris",
                                300,
                                null,
                                ProgrammingLanguage.BOTH,
                                List.of("statistiques", "dataviz", "apprentissage-automatique"),
                                List.of(),
                                null,
                                null))
                .id();
        for (int i = 0; i < 12; i += 3) {
            registrations.register(rencontres, member(cast.agent(i)));
        }
        return 4;
    }

    /**
     * « Débuter avec le tidyverse », held two weeks ago: registered for while it was ahead, then dated back (the
     * organisers' edit), attendance marked, and its replay and slides added, which mails them to the registrants.
     */
    private void pastWebinarWithReplay(DemoCast cast, Viewer claire) {
        UUID past = editing.create(
                        claire,
                        new EventCreate(
                                "Débuter avec le tidyverse",
                                """
                                Première prise en main du **tidyverse** : importer un fichier avec readr, \
                                transformer les données avec dplyr, faire un premier graphique avec ggplot2.

                                Pour qui a déjà ouvert R une fois, sans plus.""",
                                EventType.WEBINAR,
                                at(1, 14, 0),
                                at(1, 15, 30),
                                "https://webinaire.numerique.gouv.fr/meeting/spyrales-tidyverse",
                                null,
                                50,
                                ResourceLevel.BEGINNER,
                                ProgrammingLanguage.R,
                                List.of("r", "tidyverse"),
                                List.of(new SpeakerInput(cast.claire(), null)),
                                null,
                                null))
                .id();
        for (int i = 0; i < 10; i++) {
            registrations.register(past, member(cast.agent(i)));
        }
        EventUpdate datedBack = new EventUpdate();
        datedBack.startsAt = at(-14, 14, 0);
        datedBack.endsAt = at(-14, 15, 30);
        editing.update(past, claire, datedBack);
        for (int i = 0; i < 7; i++) {
            registrations.markAttendance(past, cast.agent(i), claire, true);
        }
        EventUpdate replay = new EventUpdate();
        replay.replayUrl = Optional.of("https://tube-numerique-educatif.apps.education.fr/w/spyrales-tidyverse");
        replay.slidesUrl = Optional.of("https://github.com/spyrales/webinaires/blob/main/tidyverse/diapositives.pdf");
        editing.update(past, claire, replay);
    }

    /** In `days` days (negative: ago) at this time, in Paris. */
    private static OffsetDateTime at(int days, int hour, int minute) {
        return LocalDate.now(PARIS)
                .plusDays(days)
                .atTime(LocalTime.of(hour, minute))
                .atZone(PARIS)
                .toOffsetDateTime();
    }

    private static Viewer member(UUID id) {
        return new Viewer(id, false);
    }
}
