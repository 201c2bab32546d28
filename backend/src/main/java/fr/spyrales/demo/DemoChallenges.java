package fr.spyrales.demo;

import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.ChallengeCreate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeUpdate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeView;
import fr.spyrales.challenge.ChallengeDtos.CommentCreate;
import fr.spyrales.challenge.ChallengeDtos.EntryInput;
import fr.spyrales.challenge.ChallengeEditing;
import fr.spyrales.challenge.ChallengeEntries;
import fr.spyrales.challenge.ChallengeLanguage;
import fr.spyrales.challenge.EntryLanguage;
import fr.spyrales.challenge.EntryReactions;
import fr.spyrales.demo.DemoProjects.DemoCast;
import fr.spyrales.opendata.DatasetDtos.ReviewDecision;
import fr.spyrales.opendata.DatasetDtos.ReviewInput;
import fr.spyrales.opendata.DatasetReviews;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * « La Piscine » in the demo: last week's challenge, closed, with its entries, kudos, comments and a highlight; and
 * this week's, open, with one entry (hidden from everyone but its author until Sunday night). Made through the
 * challenge's services; last week's is published open, entered, then closed by moving its dates, as an animateur
 * could.
 */
@ApplicationScoped
class DemoChallenges {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ChallengeEditing editing;
    private final ChallengeEntries entries;
    private final EntryReactions reactions;
    private final DatasetReviews reviews;

    DemoChallenges(
            ChallengeEditing editing, ChallengeEntries entries, EntryReactions reactions, DatasetReviews reviews) {
        this.editing = editing;
        this.entries = entries;
        this.reactions = reactions;
        this.reviews = reviews;
    }

    int load(DemoCast cast) {
        ZonedDateTime monday = ZonedDateTime.now(PARIS)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(LocalTime.of(9, 0));
        lastWeek(cast, monday.minusWeeks(1));
        thisWeek(cast, monday);
        return 2;
    }

    private void lastWeek(DemoCast cast, ZonedDateTime monday) {
        Viewer claire = new Viewer(cast.claire(), true, false);
        ChallengeView challenge = editing.create(
                claire,
                new ChallengeCreate(
                        "Les passages aux urgences pendant la première vague",
                        """
                        Avec les données des urgences hospitalières et de SOS Médecins :

                        1. tracez, pour la France entière, le nombre quotidien de **passages aux urgences pour \
                        suspicion de COVID-19** du 1er mars au 31 mai 2020 ;
                        2. quel département a connu le pic le plus précoce ?

                        Un graphique et deux phrases suffisent. Le vestiaire est ouvert à ceux qui bloquent.
                        """,
                        1,
                        ChallengeLanguage.BOTH,
                        null,
                        monday.toOffsetDateTime(),
                        OffsetDateTime.now().plusHours(1)),
                DemoDatasets.covidEmergencies());
        UUID id = challenge.id();
        UUID first = enter(
                id,
                cast.agent(0),
                new EntryInput(
                        "https://github.com/spyrales/piscine-urgences-r",
                        "Le pic est le 31 mars en Île-de-France ; le Haut-Rhin est le plus précoce (20 mars).",
                        EntryLanguage.R,
                        false,
                        null));
        UUID second = enter(
                id,
                cast.agent(5),
                new EntryInput(
                        null,
                        "Avec pandas : le Haut-Rhin culmine dès le 21 mars, dix jours avant Paris. J'ai lissé sur sept"
                                + " jours pour gommer l'effet des week-ends.",
                        EntryLanguage.PYTHON,
                        false,
                        null));
        UUID third = enter(
                id,
                cast.agent(1),
                new EntryInput(
                        null,
                        "J'ai réussi le graphique national avec ggplot2.",
                        EntryLanguage.R,
                        true,
                        "Je n'arrive pas à filtrer la tranche d'âge « tous âges » : le code 0 est-il le bon ?"));
        editing.update(
                id,
                claire,
                new ChallengeUpdate(
                        null,
                        null,
                        null,
                        null,
                        null,
                        monday.toOffsetDateTime(),
                        monday.plusDays(6).with(LocalTime.of(23, 59)).toOffsetDateTime()));
        reactions.giveKudos(id, first, cast.agent(5));
        reactions.giveKudos(id, first, cast.karim());
        reactions.giveKudos(id, second, cast.agent(0));
        reactions.giveKudos(id, third, cast.claire());
        reactions.comment(
                id,
                third,
                cast.karim(),
                new CommentCreate(
                        "Oui : la tranche « tous âges » a le code 0. Bravo pour le graphique, il est très lisible !"));
        reactions.comment(
                id,
                second,
                cast.agent(0),
                new CommentCreate("Bonne idée, le lissage sur sept jours : je le reprends."));
        entries.highlight(id, first, claire, true);
    }

    private void thisWeek(DemoCast cast, ZonedDateTime monday) {
        OffsetDateTime opens = monday.toOffsetDateTime();
        OffsetDateTime closes = monday.plusDays(6).with(LocalTime.of(23, 59)).toOffsetDateTime();
        if (opens.isAfter(OffsetDateTime.now())) {
            // Monday before nine: the week's challenge opens now.
            opens = OffsetDateTime.now().minusMinutes(1);
        }
        if (closes.isBefore(OffsetDateTime.now().plusHours(1))) {
            // Sunday night: a week from now rather than a challenge that closes as the demo starts.
            closes = closes.plusWeeks(1);
        }
        Viewer karim = new Viewer(cast.karim(), true, false);
        ChallengeView challenge = editing.create(
                karim,
                new ChallengeCreate(
                        "Où naît-on de moins en moins ?",
                        """
                        Avec les séries de l'Insee sur les naissances par département :

                        - quel département a vu ses naissances **baisser le plus** depuis 2010 (en pourcentage) ?
                        - montrez-le sur un graphique ou une carte.

                        Débutants bienvenus : un tableau trié est déjà une belle réponse.
                        """,
                        1,
                        ChallengeLanguage.BOTH,
                        DemoDatasets.birthsByDepartment(),
                        opens,
                        closes),
                null);
        reviews.review(
                challenge.dataset().id(),
                cast.claire(),
                new ReviewInput(ReviewDecision.CONFIRM, "Séries publiées par l'Insee sous Licence Ouverte 2.0."));
        enter(
                challenge.id(),
                cast.agent(6),
                new EntryInput(
                        "https://github.com/spyrales/piscine-naissances",
                        "Un premier essai avec une carte choroplèthe.",
                        EntryLanguage.PYTHON,
                        false,
                        null));
    }

    private UUID enter(UUID challengeId, UUID member, EntryInput entry) {
        return entries.putMine(challengeId, member, entry).entry().id();
    }
}
