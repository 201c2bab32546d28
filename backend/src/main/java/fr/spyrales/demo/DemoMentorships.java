package fr.spyrales.demo;

import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipCommand;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipRequest;
import fr.spyrales.mentorship.MentorshipRequests;
import fr.spyrales.mentorship.MentorshipTransitions;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackCreate;
import fr.spyrales.mentorship.feedback.FeedbackService;
import fr.spyrales.mentorship.goal.GoalDtos.GoalUpdate;
import fr.spyrales.mentorship.goal.GoalService;
import fr.spyrales.mentorship.session.NextSessionDtos.NextSessionInput;
import fr.spyrales.mentorship.session.NextSessionService;
import fr.spyrales.mentorship.session.SessionDtos.SessionCreate;
import fr.spyrales.mentorship.session.SessionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Pairings in every state, made through the mentorship's own services as their parties would: Claire and Karim each
 * have a request waiting for their answer and a pairing completed with both parties' feedback; Léa, the newcomer, is
 * mentored by Claire (goals, one ticked, two sessions, the next one planned) after a first pairing with Karim, completed
 * and reviewed.
 * Claire's « Mes mentorats » then has something in every tab.
 */
@ApplicationScoped
class DemoMentorships {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MentorshipRequests requests;
    private final MentorshipTransitions transitions;
    private final GoalService goals;
    private final SessionService sessions;
    private final NextSessionService nextSessions;
    private final FeedbackService feedback;

    DemoMentorships(
            MentorshipRequests requests,
            MentorshipTransitions transitions,
            GoalService goals,
            SessionService sessions,
            NextSessionService nextSessions,
            FeedbackService feedback) {
        this.requests = requests;
        this.transitions = transitions;
        this.goals = goals;
        this.sessions = sessions;
        this.nextSessions = nextSessions;
        this.feedback = feedback;
    }

    /**
     * @param lea the newcomer of the demo logins
     * @param mentees four demo agents who want a mentor and have no pairing
     * @return the pairings created
     */
    int load(DemoProjects.DemoCast cast, UUID lea, List<UUID> mentees) {
        UUID claire = cast.claire();
        UUID karim = cast.karim();

        // Léa's first steps in Python with Karim, over and reviewed; then R with Claire, under way.
        UUID leaWithKarim = request(
                lea,
                karim,
                "Bonjour Karim, je voudrais comprendre ce que Python peut apporter à mes tableaux de suivi.",
                List.of("Installer Python et ouvrir un notebook Jupyter", "Lire un fichier CSV avec pandas"));
        accept(leaWithKarim, karim);
        tickAll(leaWithKarim, lea);
        session(
                leaWithKarim,
                lea,
                60,
                "Installation de Python, premier notebook Jupyter, lecture d'un CSV avec pandas");
        complete(leaWithKarim, karim, "Léa a atteint ses deux objectifs : elle poursuit avec R.");
        review(leaWithKarim, lea, 5, "Karim explique simplement et avec patience : je n'ai plus peur du code.");
        review(leaWithKarim, karim, 5, "Léa prépare chaque séance avec des questions précises.");

        UUID leaWithClaire = request(
                lea,
                claire,
                "Bonjour Claire, je débute en R et j'aimerais automatiser les tableaux de suivi de mon service.",
                List.of(
                        "Écrire mon premier script R",
                        "Faire un graphique avec ggplot2",
                        "Publier un rapport avec Quarto"));
        accept(leaWithClaire, claire);
        tickFirst(leaWithClaire, lea);
        session(leaWithClaire, claire, 60, "Installation de RStudio, import d'un fichier CSV avec readr");
        session(leaWithClaire, lea, 45, "Premiers graphiques avec ggplot2 : barres et courbes");
        planNext(leaWithClaire, claire, "Apporter le tableau de suivi du service : on l'automatise ensemble.");

        // A pairing of Claire's and one of Karim's, completed and reviewed by both.
        UUID withClaire = request(
                mentees.get(0),
                claire,
                "Bonjour, je voudrais publier nos études avec Quarto plutôt qu'avec un traitement de texte.",
                List.of("Convertir une étude existante en document Quarto"));
        accept(withClaire, claire);
        tickAll(withClaire, claire);
        session(withClaire, mentees.get(0), 90, "Structure d'un document Quarto, tableaux avec gt, export en PDF");
        complete(withClaire, claire, null);
        review(withClaire, mentees.get(0), 4, "Très utile : notre dernière étude est sortie en Quarto.");
        review(withClaire, claire, 5, null);

        UUID withKarim = request(
                mentees.get(1),
                karim,
                "Bonjour Karim, j'aimerais remplacer les macros de nos tableurs par des scripts Python.",
                List.of("Remplacer une macro de tableur par un script pandas"));
        accept(withKarim, karim);
        session(withKarim, mentees.get(1), 60, "Lecture des classeurs avec pandas, premières agrégations");
        complete(withKarim, mentees.get(1), "Le script tourne chaque lundi à la place de la macro.");
        review(withKarim, mentees.get(1), 5, "Karim m'a fait gagner une demi-journée par semaine.");
        review(withKarim, karim, 4, "Motivation remarquable, à encourager vers l'apprentissage automatique.");

        // Requests waiting for Claire's and Karim's answer.
        request(
                mentees.get(2),
                claire,
                "Bonjour Claire, j'ai besoin d'aide pour pondérer les réponses de notre enquête annuelle.",
                List.of("Comprendre la pondération d'une enquête", "Calculer des estimations pondérées avec R"));
        request(
                mentees.get(3),
                karim,
                "Bonjour Karim, je voudrais classer automatiquement les réponses en texte libre de notre questionnaire.",
                List.of("Nettoyer des réponses en texte libre", "Essayer une première classification"));
        return 6;
    }

    private UUID request(UUID mentee, UUID mentor, String message, List<String> goalTitles) {
        return requests.request(mentee, new MentorshipRequest(mentor, message, goalTitles))
                .id();
    }

    private void accept(UUID pairing, UUID mentor) {
        transitions.apply(pairing, party(mentor), new MentorshipCommand.Accept());
    }

    private void complete(UUID pairing, UUID party, String comment) {
        transitions.apply(pairing, party(party), new MentorshipCommand.Complete(comment));
    }

    private void tickAll(UUID pairing, UUID party) {
        goals.list(pairing, party(party)).items().forEach(goal -> tick(pairing, goal.id(), party));
    }

    private void tickFirst(UUID pairing, UUID party) {
        tick(pairing, goals.list(pairing, party(party)).items().get(0).id(), party);
    }

    private void tick(UUID pairing, UUID goal, UUID party) {
        GoalUpdate done = new GoalUpdate();
        done.done = true;
        goals.update(pairing, goal, done, party(party));
    }

    private void session(UUID pairing, UUID party, int minutes, String topics) {
        sessions.create(pairing, new SessionCreate(LocalDate.now(PARIS), minutes, topics, null), party(party));
    }

    /** Next week, at 14:00 in Paris, by visio: « Mon espace » and the pairing show it to both parties. */
    private void planNext(UUID pairing, UUID party, String note) {
        var startsAt = LocalDate.now(PARIS)
                .plusDays(6)
                .atTime(LocalTime.of(14, 0))
                .atZone(PARIS)
                .toOffsetDateTime();
        nextSessions.plan(
                pairing,
                new NextSessionInput(startsAt, 60, null, "https://webconf.numerique.gouv.fr/spyrales-lea-claire", note),
                party(party));
    }

    private void review(UUID pairing, UUID party, int rating, String comment) {
        feedback.give(pairing, new FeedbackCreate(rating, comment), party(party));
    }

    /** A party acts as themselves: their roles matter not, only that they are in the pairing. */
    private static Viewer party(UUID id) {
        return new Viewer(id, false);
    }
}
