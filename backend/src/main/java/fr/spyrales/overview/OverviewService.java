package fr.spyrales.overview;

import fr.spyrales.overview.OverviewDtos.FeedbackToGive;
import fr.spyrales.overview.OverviewDtos.FollowedPath;
import fr.spyrales.overview.OverviewDtos.JoinRequestToReview;
import fr.spyrales.overview.OverviewDtos.LatestNotification;
import fr.spyrales.overview.OverviewDtos.MentorshipRequestToAnswer;
import fr.spyrales.overview.OverviewDtos.MentorshipUnderWay;
import fr.spyrales.overview.OverviewDtos.MissingProfileItem;
import fr.spyrales.overview.OverviewDtos.MyOverview;
import fr.spyrales.overview.OverviewDtos.MyProject;
import fr.spyrales.overview.OverviewDtos.NotificationSummary;
import fr.spyrales.overview.OverviewDtos.Person;
import fr.spyrales.overview.OverviewDtos.PlannedSession;
import fr.spyrales.overview.OverviewDtos.ProfileCompletion;
import fr.spyrales.overview.OverviewDtos.SentRequest;
import fr.spyrales.overview.OverviewDtos.ToAnswer;
import fr.spyrales.overview.OverviewDtos.UpcomingEvent;
import fr.spyrales.overview.OverviewDtos.WeeklyChallenge;
import fr.spyrales.overview.OverviewDtos.Welcome;
import fr.spyrales.overview.OverviewRepository.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * « Mon espace »: the member's situation, block by block, in a fixed number of queries (one per block) read in one
 * transaction, so that the blocks agree with each other.
 */
@ApplicationScoped
public class OverviewService {
    private final OverviewRepository overview;

    OverviewService(OverviewRepository overview) {
        this.overview = overview;
    }

    @Transactional
    public MyOverview of(UUID memberId) {
        Profile profile = overview.profile(memberId);

        List<Object[]> requests = overview.mentorshipRequestsToAnswer(memberId);
        List<Object[]> joins = overview.joinRequestsToReview(memberId);
        List<Object[]> feedback = overview.feedbackToGive(memberId);
        ToAnswer toAnswer = new ToAnswer(
                requests.stream()
                        .map(r -> new MentorshipRequestToAnswer(
                                (UUID) r[0], new Person((UUID) r[1], (String) r[2]), (Boolean) r[3], (OffsetDateTime)
                                        r[4]))
                        .toList(),
                total(requests, 5),
                joins.stream()
                        .map(r -> new JoinRequestToReview(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                new Person((UUID) r[3], (String) r[4]),
                                (OffsetDateTime) r[5]))
                        .toList(),
                total(joins, 6),
                feedback.stream()
                        .map(r -> new FeedbackToGive(
                                (UUID) r[0], new Person((UUID) r[1], (String) r[2]), (OffsetDateTime) r[3]))
                        .toList(),
                total(feedback, 4));

        List<MentorshipUnderWay> mentorships = overview.mentorshipsUnderWay(memberId).stream()
                .map(r -> new MentorshipUnderWay(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        new Person((UUID) r[3], (String) r[4]),
                        r[5] == null
                                ? null
                                : new PlannedSession(
                                        (OffsetDateTime) r[5], (Integer) r[6], (String) r[7], (String) r[8]),
                        (Integer) r[9],
                        (Integer) r[10],
                        (LocalDate) r[11]))
                .toList();
        List<SentRequest> sent = overview.sentRequests(memberId).stream()
                .map(r -> new SentRequest((UUID) r[0], new Person((UUID) r[1], (String) r[2]), (OffsetDateTime) r[3]))
                .toList();
        List<MyProject> projects = overview.projects(memberId).stream()
                .map(r -> new MyProject(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Integer) r[4],
                        (Integer) r[5],
                        (OffsetDateTime) r[6]))
                .toList();
        List<FollowedPath> paths = overview.paths(memberId).stream()
                .map(r -> new FollowedPath((UUID) r[0], (String) r[1], (Integer) r[2], (Integer) r[3]))
                .toList();
        List<UpcomingEvent> events = overview.events(memberId).stream()
                .map(r -> new UpcomingEvent(
                        (UUID) r[0],
                        (String) r[1],
                        (OffsetDateTime) r[2],
                        (OffsetDateTime) r[3],
                        (String) r[4],
                        (String) r[5],
                        (Boolean) r[6]))
                .toList();
        WeeklyChallenge challenge = overview.challenge(memberId).stream()
                .map(r -> new WeeklyChallenge(
                        (UUID) r[0],
                        (String) r[1],
                        (OffsetDateTime) r[2],
                        (OffsetDateTime) r[3],
                        (Boolean) r[4],
                        (Boolean) r[5]))
                .findFirst()
                .orElse(null);
        List<Object[]> notifications = overview.notifications(memberId);
        NotificationSummary notificationSummary = new NotificationSummary(
                notifications.isEmpty() ? 0 : (Integer) notifications.get(0)[5],
                notifications.stream()
                        .map(r -> new LatestNotification(
                                (UUID) r[0], (String) r[1], (String) r[2], (OffsetDateTime) r[3], (Boolean) r[4]))
                        .toList());

        return new MyOverview(
                profile.firstName(),
                toAnswer,
                mentorships,
                sent,
                projects,
                paths,
                events,
                challenge,
                notificationSummary,
                completion(profile),
                welcome(profile));
    }

    @Transactional
    public void dismissWelcome(UUID memberId) {
        overview.dismissWelcome(memberId);
    }

    /**
     * What a complete profile tells the community: the same six items, in the same words, as the profile page's
     * indicator (frontend/src/lib/profile-completion.ts), so that both show the same percentage.
     */
    static ProfileCompletion completion(Profile p) {
        List<MissingProfileItem> missing = new ArrayList<>();
        int items = 6;
        if (p.skills() == 0) {
            missing.add(new MissingProfileItem("SKILLS", "Indiquer vos compétences et votre niveau"));
        }
        if (p.learningSkills() == 0) {
            missing.add(new MissingProfileItem("LEARNING_SKILLS", "Choisir ce que vous voulez apprendre"));
        }
        if (!p.saysMentoringWish()) {
            missing.add(new MissingProfileItem("MENTORING", "Dire si vous souhaitez être accompagné·e ou accompagner"));
        }
        if (!p.hasPosition()) {
            missing.add(new MissingProfileItem("POSITION", "Renseigner votre poste et votre administration"));
        }
        if (!p.hasBio()) {
            missing.add(new MissingProfileItem("BIO", "Vous présenter en quelques mots"));
        }
        if (!p.hasTchapHandle()) {
            missing.add(new MissingProfileItem("TCHAP_HANDLE", "Ajouter votre identifiant Tchap"));
        }
        return new ProfileCompletion((items - missing.size()) * 100 / items, missing);
    }

    static Welcome welcome(Profile p) {
        boolean skills = p.skills() > 0;
        boolean wishes = p.learningSkills() > 0;
        boolean found = p.askedAMentor() || p.followsAPath();
        boolean shown = !p.welcomeDismissed() && !(skills && wishes && found);
        return new Welcome(shown, p.welcomeDismissed(), skills, wishes, found);
    }

    private static int total(List<Object[]> rows, int column) {
        return rows.isEmpty() ? 0 : (Integer) rows.get(0)[column];
    }
}
