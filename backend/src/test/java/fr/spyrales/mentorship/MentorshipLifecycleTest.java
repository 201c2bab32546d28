package fr.spyrales.mentorship;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state change, from every state, by every kind of caller: allowed ones happen and are recorded, others change nothing. */
@QuarkusTest
class MentorshipLifecycleTest {
    enum Caller { MENTOR, MENTEE, ANIMATEUR, STRANGER }

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    TestAccounts accounts;

    static Stream<Arguments> cases() {
        return Arrays.stream(MentorshipAction.values()).flatMap(action -> Arrays.stream(MentorshipStatus.values())
                .flatMap(state -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(action, state, caller))));
    }

    private static Map<String, Object> bodyFor(MentorshipAction action) {
        return switch (action) {
            case DECLINE -> Map.of("reason", "SKILLS_MISMATCH", "comment", "Je ne pratique pas R.");
            case CANCEL -> Map.of("reason", "Plus de disponibilité");
            default -> Map.of("comment", "Note de test");
        };
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("cases")
    void transition(MentorshipAction action, MentorshipStatus state, Caller caller) {
        Pair pair = fixtures.pairIn(state);
        Account actor = switch (caller) {
            case MENTOR -> pair.mentor();
            case MENTEE -> pair.mentee();
            case ANIMATEUR -> fixtures.animateur();
            case STRANGER -> fixtures.stranger();
        };
        String path = "/api/v1/mentorships/" + pair.id();
        int historyBefore = pair.mentee().as().get(path).then().extract().jsonPath().getList("history").size();

        Response response = actor.as().body(bodyFor(action)).post(path + "/" + action.pathName());

        boolean party = caller == Caller.MENTOR || caller == Caller.MENTEE;
        int expected = caller == Caller.STRANGER ? 404
                : !party || !action.allowedFor(caller == Caller.MENTOR, caller == Caller.MENTEE) ? 403
                : !action.from.contains(state) ? 409
                : 200;
        response.then().statusCode(expected).contentType(expected == 200 ? "application/json" : "application/problem+json");

        var after = pair.mentee().as().get(path).then().statusCode(200).extract().jsonPath();
        if (expected == 200) {
            assertEquals(action.to.name(), after.getString("status"));
            assertEquals(historyBefore + 1, after.getList("history").size());
            assertEquals(actor.id().toString(), after.getString("history[-1].actorId"));
            assertEquals(state.name(), after.getString("history[-1].fromStatus"));
            assertEquals(action.to.name(), after.getString("history[-1].toStatus"));
            Map<String, Object> body = bodyFor(action);
            assertEquals(action == MentorshipAction.DECLINE ? body.get("reason") : null, after.getString("history[-1].reason"));
            Object comment = action == MentorshipAction.ACCEPT ? null // accepting takes no body
                    : body.get(action == MentorshipAction.CANCEL ? "reason" : "comment");
            assertEquals(comment, after.getString("history[-1].comment"));
        } else {
            assertEquals(state.name(), after.getString("status"), "a refused change changes nothing");
            assertEquals(historyBefore, after.getList("history").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.spyrales.mentorship.MentorshipLifecycleTest#statuses")
    void contactIsSharedOnlyOnceAccepted(MentorshipStatus state) {
        Pair pair = fixtures.pairIn(state);
        var view = pair.mentee().as().get("/api/v1/mentorships/" + pair.id()).then().statusCode(200);
        boolean started = state == MentorshipStatus.ACCEPTED || state == MentorshipStatus.PAUSED
                || state == MentorshipStatus.COMPLETED || state == MentorshipStatus.CANCELLED;
        if (started) {
            view.body("mentor.contact.email", equalTo(pair.mentor().email()));
        } else {
            view.body("mentor.contact", nullValue()).body("mentee.contact", nullValue());
        }
    }

    static Stream<MentorshipStatus> statuses() {
        return Arrays.stream(MentorshipStatus.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.spyrales.mentorship.MentorshipLifecycleTest#statuses")
    void onlyPartiesAndSupervisorsSeeAPairing(MentorshipStatus state) {
        Pair pair = fixtures.pairIn(state);
        String path = "/api/v1/mentorships/" + pair.id();
        fixtures.stranger().as().get(path).then().statusCode(404).contentType("application/problem+json");
        fixtures.animateur().as().get(path).then().statusCode(200).body("myRole", equalTo("SUPERVISOR"))
                .body("allowedActions", hasSize(0))
                .body("mentor.contact", nullValue()).body("mentee.contact", nullValue())
                .body("message", nullValue());
        pair.mentor().as().get(path).then().statusCode(200).body("myRole", equalTo("MENTOR"));
    }
}
