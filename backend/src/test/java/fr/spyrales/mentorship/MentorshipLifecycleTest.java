package fr.spyrales.mentorship;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.support.ApiContract;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state change, from every state, by every kind of caller, against the table written by hand in
 * {@code mentorship-lifecycle.csv}: allowed changes happen and are recorded, refused ones change nothing.
 */
@QuarkusTest
class MentorshipLifecycleTest {
    private static final String TABLE = "/fr/spyrales/mentorship/mentorship-lifecycle.csv";

    @Inject
    MentorshipFixtures fixtures;

    /** What a change sends, and what its history entry must then say. */
    private record Sent(Map<String, Object> body, String reason, String comment) {}

    private static Sent sentFor(String change) {
        return switch (change) {
            case "accept" -> new Sent(null, null, null);
            case "decline" ->
                new Sent(
                        Map.of("reason", "SKILLS_MISMATCH", "comment", "Je ne pratique pas R."),
                        "SKILLS_MISMATCH",
                        "Je ne pratique pas R.");
            case "cancel" -> new Sent(Map.of("reason", "Plus de disponibilité"), null, "Plus de disponibilité");
            default -> new Sent(Map.of("comment", "Note de test"), null, "Note de test");
        };
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvFileSource(resources = TABLE)
    void everyCallerGetsTheAnswerOfTheTable(
            String change,
            MentorshipStatus from,
            int mentor,
            int mentee,
            int animateur,
            int admin,
            int stranger,
            int anonymous,
            MentorshipStatus then) {
        Account aStranger = fixtures.stranger();
        Account anAnimateur = fixtures.animateur();
        Account anAdmin = fixtures.admin();
        Map<String, Function<Pair, RequestSpecification>> callers = new LinkedHashMap<>();
        callers.put("mentor", pair -> pair.mentor().as());
        callers.put("mentee", pair -> pair.mentee().as());
        callers.put("animateur", pair -> anAnimateur.as());
        callers.put("admin", pair -> anAdmin.as());
        callers.put("stranger", pair -> aStranger.as());
        callers.put("anonymous", pair -> TestAccounts.anonymous());
        List<Integer> expected = List.of(mentor, mentee, animateur, admin, stranger, anonymous);

        Subject subject = new Subject(from);
        List<Executable> checks = new ArrayList<>();
        int column = 0;
        for (var caller : callers.entrySet()) {
            int status = expected.get(column++);
            checks.add(() -> {
                Pair pair = subject.pair;
                JsonPath before = subject.view;
                Response answer = send(caller.getValue().apply(pair), pair, change);
                JsonPath after = view(pair);
                if (answer.statusCode() / 100 == 2) {
                    subject.renew(); // it changed: the next caller needs a pairing still in that state
                } else {
                    subject.view = after;
                }
                assertEquals(status, answer.statusCode(), caller.getKey() + ": " + answer.asString());
                answer.then().contentType(status == 200 ? "application/json" : "application/problem+json");
                if (status == 200) {
                    assertRecorded(pair, before, after, change, then, caller.getKey());
                } else {
                    assertEquals(
                            before.getString("status"),
                            after.getString("status"),
                            caller.getKey() + ": a refused change changes nothing");
                    assertEquals(
                            before.getList("history").size(),
                            after.getList("history").size(),
                            caller.getKey() + ": nothing recorded");
                }
            });
        }
        assertAll(change + " from " + from, checks);
    }

    /** The pairing the next caller tries, still in the state of the row, and how it looks. */
    private final class Subject {
        private final MentorshipStatus state;
        Pair pair;
        JsonPath view;

        Subject(MentorshipStatus state) {
            this.state = state;
            renew();
        }

        void renew() {
            pair = fixtures.pairIn(state);
            view = view(pair);
        }
    }

    private static Response send(RequestSpecification caller, Pair pair, String change) {
        Map<String, Object> body = sentFor(change).body();
        return (body == null ? caller : caller.body(body)).post("/api/v1/mentorships/" + pair.id() + "/" + change);
    }

    private static JsonPath view(Pair pair) {
        return pair.mentee()
                .as()
                .get("/api/v1/mentorships/" + pair.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void assertRecorded(
            Pair pair, JsonPath before, JsonPath after, String change, MentorshipStatus then, String caller) {
        Account actor = caller.equals("mentor") ? pair.mentor() : pair.mentee();
        Sent sent = sentFor(change);
        assertEquals(then.name(), after.getString("status"), caller);
        assertEquals(
                before.getList("history").size() + 1, after.getList("history").size(), caller + ": one history entry");
        assertEquals(actor.id().toString(), after.getString("history[-1].actorId"), caller);
        assertEquals(before.getString("status"), after.getString("history[-1].fromStatus"), caller);
        assertEquals(then.name(), after.getString("history[-1].toStatus"), caller);
        assertEquals(sent.reason(), after.getString("history[-1].reason"), caller);
        assertEquals(sent.comment(), after.getString("history[-1].comment"), caller);
    }

    /** The table must follow the contract: one row per change the API offers and per state, no more. */
    @Test
    void theTableHasOneRowPerChangeOfTheContractAndPerState() throws IOException {
        List<String> rows;
        try (InputStream in = MentorshipLifecycleTest.class.getResourceAsStream(TABLE)) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split(",", -1))
                            .limit(2)
                            .map(String::trim)
                            .collect(Collectors.joining(" from ")))
                    .toList();
        }
        // POST /mentorships/{id}/accept is acceptMentorship; …/feedback is giveMentorshipFeedback, not a change.
        TreeSet<String> changes = ApiContract.committed().operations().stream()
                .filter(op -> op.method().equals("POST") && op.path().matches("/api/v1/mentorships/\\{id}/[a-z]+"))
                .map(op -> op.path().substring(op.path().lastIndexOf('/') + 1) + " " + op.id())
                .filter(change -> change.matches("(\\w+) \\1Mentorship"))
                .map(change -> change.substring(0, change.indexOf(' ')))
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> wanted = changes.stream()
                .flatMap(change -> Arrays.stream(MentorshipStatus.values()).map(state -> change + " from " + state))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(wanted, new TreeSet<>(rows));
        assertEquals(wanted.size(), rows.size(), "a row written twice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.spyrales.mentorship.MentorshipLifecycleTest#statuses")
    void contactIsSharedOnlyOnceAccepted(MentorshipStatus state) {
        Pair pair = fixtures.pairIn(state);
        var view = pair.mentee()
                .as()
                .get("/api/v1/mentorships/" + pair.id())
                .then()
                .statusCode(200);
        boolean started = state == MentorshipStatus.ACCEPTED
                || state == MentorshipStatus.PAUSED
                || state == MentorshipStatus.COMPLETED
                || state == MentorshipStatus.CANCELLED;
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
        TestAccounts.anonymous().get(path).then().statusCode(401).contentType("application/problem+json");
        fixtures.stranger().as().get(path).then().statusCode(404).contentType("application/problem+json");
        for (Account supervisor : List.of(fixtures.animateur(), fixtures.admin())) {
            supervisor
                    .as()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("myRole", equalTo("SUPERVISOR"))
                    .body("allowedActions", hasSize(0))
                    .body("mentor.contact", nullValue())
                    .body("mentee.contact", nullValue())
                    .body("message", nullValue());
        }
        pair.mentor().as().get(path).then().statusCode(200).body("myRole", equalTo("MENTOR"));
    }
}
