package fr.spyrales.common.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.challenge.ChallengeFixtures;
import fr.spyrales.common.news.CommunityNews.Type;
import fr.spyrales.event.EventFixtures;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.project.ProjectFixtures;
import fr.spyrales.support.NewsRecorder;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.library.LibraryFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each change the community hears of fires its news once, inside the change's transaction; others fire none. */
@QuarkusTest
class CommunityNewsTest {
    @Inject
    NewsRecorder recorder;

    @Inject
    EventFixtures events;

    @Inject
    ChallengeFixtures challenges;

    @Inject
    LibraryFixtures library;

    @Inject
    ProjectFixtures projects;

    @Inject
    MentorshipFixtures mentorships;

    private void assertHeard(UUID subject, Type... types) {
        assertEquals(List.of(types), recorder.typesAbout(subject));
        assertTrue(
                recorder.about(subject).stream().allMatch(NewsRecorder.Heard::inTransaction),
                "news fired outside the change's transaction");
    }

    @Test
    void anEventIsNewsWhenCreatedWhenItsReplayIsPublishedAndWhenCancelled() {
        Account organiser = events.animateur();
        UUID event = events.event(organiser, null);
        assertHeard(event, Type.EVENT_CREATED);

        events.startedMinutesAgo(organiser, event, 10);
        organiser
                .as()
                .body(Map.of("replayUrl", "https://tube.numerique.gouv.fr/w/replay-tidyverse"))
                .patch(EventFixtures.EVENTS + "/" + event)
                .then()
                .statusCode(200);
        organiser
                .as()
                .body(Map.of("description", "Le replay est en ligne."))
                .patch(EventFixtures.EVENTS + "/" + event)
                .then()
                .statusCode(200);
        assertHeard(event, Type.EVENT_CREATED, Type.EVENT_REPLAY_PUBLISHED);

        UUID cancelled = events.event(organiser, null);
        organiser
                .as()
                .body(Map.of("reason", "L'intervenante est malade."))
                .post(EventFixtures.EVENTS + "/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        assertHeard(cancelled, Type.EVENT_CREATED, Type.EVENT_CANCELLED);
    }

    @Test
    void aChallengeIsNewsWhenPublished() {
        UUID challenge = challenges.open(challenges.animateur());
        assertHeard(challenge, Type.CHALLENGE_PUBLISHED);
    }

    @Test
    void aResourceIsNewsWhenPublishedOnceWhetherReviewedOrDirect() {
        Account animateur = library.animateur("Karim");
        UUID direct = library.propose(animateur, Map.of());
        assertHeard(direct, Type.RESOURCE_PUBLISHED);

        UUID proposal = library.propose(library.member("Nadia"), Map.of());
        assertHeard(proposal);
        library.publish(animateur, proposal);
        assertHeard(proposal, Type.RESOURCE_PUBLISHED);
        library.withdraw(animateur, proposal);
        library.publish(animateur, proposal);
        assertHeard(proposal, Type.RESOURCE_PUBLISHED);

        UUID rejected = library.propose(library.member("Hugo"), Map.of());
        library.reject(animateur, rejected);
        assertHeard(rejected);
        // Withdrawn again, so that the library other test classes count is the one they expect.
        library.withdraw(animateur, direct);
        library.withdraw(animateur, proposal);
    }

    @Test
    void aProjectIsNewsWhenCreatedAndWhenItStartsLookingForPeople() {
        Account lead = projects.member("Yasmine");
        UUID recruiting = projects.create(lead);
        assertHeard(recruiting, Type.PROJECT_CREATED, Type.PROJECT_LOOKING_FOR_PEOPLE);

        UUID idea = projects.create(lead, Map.of("status", "IDEA"));
        assertHeard(idea, Type.PROJECT_CREATED);
        lead.as()
                .body(Map.of("status", "RECRUITING"))
                .patch(ProjectFixtures.PROJECTS + "/" + idea)
                .then()
                .statusCode(200);
        lead.as()
                .body(Map.of("summary", "Toujours à la recherche de renforts en Python."))
                .patch(ProjectFixtures.PROJECTS + "/" + idea)
                .then()
                .statusCode(200);
        assertHeard(idea, Type.PROJECT_CREATED, Type.PROJECT_LOOKING_FOR_PEOPLE);
    }

    @Test
    void aMentorshipIsNewsWhenAcceptedAndWhenCompletedButNotWhenRequestedOrCancelled() {
        assertHeard(mentorships.pairIn(MentorshipStatus.PENDING).id());
        assertHeard(mentorships.pairIn(MentorshipStatus.ACCEPTED).id(), Type.MENTORSHIP_ACCEPTED);
        assertHeard(
                mentorships.pairIn(MentorshipStatus.COMPLETED).id(),
                Type.MENTORSHIP_ACCEPTED,
                Type.MENTORSHIP_COMPLETED);
        assertHeard(mentorships.pairIn(MentorshipStatus.CANCELLED).id(), Type.MENTORSHIP_ACCEPTED);
    }

    @Test
    void everyTypeHasADottedName() {
        assertEquals("event.created", Type.EVENT_CREATED.eventType());
        assertEquals("mentorship.accepted", Type.MENTORSHIP_ACCEPTED.eventType());
        for (Type type : Type.values()) {
            assertEquals(java.util.Optional.of(type), Type.ofEventType(type.eventType()));
        }
    }
}
