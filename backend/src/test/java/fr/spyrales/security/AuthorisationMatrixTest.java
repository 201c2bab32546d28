package fr.spyrales.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.security.AuthorisationMatrix.Row;
import fr.spyrales.support.ApiContract;
import fr.spyrales.support.ApiContract.Operation;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of openapi.yaml, called by every caller of its row in {@code authorisation-matrix.csv}, each on
 * a context prepared afresh in which the caller's right (if any) is real: the status must be the one the table
 * gives, documented for that operation in openapi.yaml, and a 4xx must be problem+json. This is where the contract's
 * 401 and problem+json promises are checked against what the server does (OpenApiContractTest only reads the file).
 */
@QuarkusTest
class AuthorisationMatrixTest {
    private static final String PAIRING_PATH = "/api/v1/mentorships/{id}";

    @Inject
    AccountScenarios accountScenarios;

    @Inject
    PairingScenarios pairingScenarios;

    @Inject
    MatchingScenarios matchingScenarios;

    @Inject
    ProjectScenarios projectScenarios;

    @Inject
    ChallengeScenarios challengeScenarios;

    @Inject
    PathScenarios pathScenarios;

    @Inject
    LibraryScenarios libraryScenarios;

    @Inject
    EventScenarios eventScenarios;

    @Inject
    CalendarScenarios calendarScenarios;

    @Inject
    TchapScenarios tchapScenarios;

    @Inject
    WebhookScenarios webhookScenarios;

    @Inject
    PartnerScenarios partnerScenarios;

    @Inject
    AnimationScenarios animationScenarios;

    @Inject
    SurveyScenarios surveyScenarios;

    @Inject
    Cast cast;

    /** The column of the case that sends, in one context, the calls of every partner client refused by scope. */
    private static final String REFUSED_PARTNERS = "partners_refused";

    static Stream<Arguments> cases() {
        Set<String> inContract = operationIds();
        // -Dmatrix.operation=Survey runs only the rows whose operation contains that text (a feature's rows).
        String only = System.getProperty("matrix.operation", "").trim();
        return AuthorisationMatrix.rows().values().stream()
                .filter(row -> inContract.contains(row.operation()))
                .filter(row -> only.isEmpty() || row.operation().contains(only))
                .flatMap(row -> {
                    Stream<Arguments> each = row.expected().keySet().stream()
                            .filter(caller -> !refusedPartner(row, caller))
                            .map(caller -> Arguments.of(row.operation(), caller.column()));
                    boolean anyRefused = row.expected().keySet().stream().anyMatch(c -> refusedPartner(row, c));
                    return anyRefused
                            ? Stream.concat(each, Stream.of(Arguments.of(row.operation(), REFUSED_PARTNERS)))
                            : each;
                });
    }

    /**
     * A partner client whose token lacks the operation's scope is refused before the operation runs, so the calls of
     * all such clients share one prepared context (a context each would double the test's time and prove nothing
     * more): each is still sent and checked on its own.
     */
    private static boolean refusedPartner(Row row, Caller caller) {
        return caller.partner() && row.expected().get(caller) == 403;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachCallerGetsTheStatusOfTheTable(String operationId, String column) {
        Operation op = ApiContract.committed().operation(operationId);
        Row row = AuthorisationMatrix.rows().get(operationId);
        Scenario scenario = scenarios().get(operationId);
        assertTrue(
                scenario != null, "no scenario prepares " + operationId + ": add one beside the others of its feature");

        List<Caller> callers = column.equals(REFUSED_PARTNERS)
                ? row.expected().keySet().stream()
                        .filter(caller -> refusedPartner(row, caller))
                        .toList()
                : List.of(Caller.valueOf(column.toUpperCase()));
        Call prepared = scenario.prepare(callers.get(0), row);
        List<String> mismatches = new ArrayList<>();
        for (Caller caller : callers) {
            Call call = caller == callers.get(0) ? prepared : prepared.sentBy(cast.who(caller, Map.of()));
            Response response = send(op, call);
            call.afterwards().accept(response);
            check(op, row, caller, response, mismatches);
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static void check(Operation op, Row row, Caller caller, Response response, List<String> mismatches) {
        String operationId = op.id();
        String who = operationId + " as " + caller.column();
        int expected = row.expected().get(caller);
        int status = response.statusCode();
        if (status != expected) {
            mismatches.add(who + ": expected " + expected + ", got " + status + detail(response));
        }
        if (!ApiContract.committed().documents(op, status)) {
            mismatches.add(who + ": answered " + status + ", which openapi.yaml does not document for " + op
                    + " (documented: " + op.statuses() + ")");
        }
        if (status >= 400
                && status < 500
                && op.path().startsWith("/api/")
                && !(operationId.equals("getPartnerToken") && (status == 400 || status == 401))
                && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            mismatches.add(who + ": " + status + " answered as « " + response.contentType()
                    + " », not application/problem+json");
        }
    }

    @Test
    void everyOperationOfTheContractHasARow() {
        Set<String> missing = new TreeSet<>(operationIds());
        missing.removeAll(AuthorisationMatrix.rows().keySet());
        assertTrue(
                missing.isEmpty(),
                "operations of openapi.yaml without a row in authorisation-matrix.csv "
                        + "(write who may call them, by hand): " + missing);
    }

    @Test
    void everyRowNamesAnOperationOfTheContract() {
        Set<String> stale = new TreeSet<>(AuthorisationMatrix.rows().keySet());
        stale.removeAll(operationIds());
        assertTrue(
                stale.isEmpty(),
                "rows of authorisation-matrix.csv for operations that openapi.yaml no longer has: " + stale);
    }

    @Test
    void everyRowHasAScenarioAndAPairingStateExactlyWhenItWorksOnAPairing() {
        List<String> problems = new ArrayList<>();
        Map<String, Scenario> scenarios = scenarios();
        Set<String> inContract = operationIds();
        for (Row row : AuthorisationMatrix.rows().values()) {
            if (!scenarios.containsKey(row.operation())) {
                problems.add(row.operation() + " (line " + row.line() + "): no scenario prepares its context");
            }
            if (!inContract.contains(row.operation())) {
                continue;
            }
            boolean onPairing =
                    ApiContract.committed().operation(row.operation()).path().startsWith(PAIRING_PATH);
            if (onPairing != row.pairing().isPresent()) {
                problems.add(row.operation() + " (line " + row.line() + "): "
                        + (onPairing
                                ? "works on a pairing: give its state"
                                : "works on no pairing: its pairing state is -"));
            }
            boolean aboutParties =
                    row.expected().containsKey(Caller.MENTEE) || row.expected().containsKey(Caller.MENTOR);
            if (aboutParties != onPairing) {
                problems.add(row.operation() + " (line " + row.line() + "): mentee and mentor are given "
                        + (onPairing ? "for every operation on a pairing" : "only for operations on a pairing"));
            }
        }
        Set<String> leftOver = new TreeSet<>(scenarios.keySet());
        leftOver.removeAll(AuthorisationMatrix.rows().keySet());
        if (!leftOver.isEmpty()) {
            problems.add("scenarios for operations without a row: " + leftOver);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private Map<String, Scenario> scenarios() {
        Map<String, Scenario> all = new HashMap<>();
        Stream.of(
                        accountScenarios.all(),
                        pairingScenarios.all(),
                        matchingScenarios.all(),
                        projectScenarios.all(),
                        challengeScenarios.all(),
                        pathScenarios.all(),
                        libraryScenarios.all(),
                        eventScenarios.all(),
                        calendarScenarios.all(),
                        tchapScenarios.all(),
                        webhookScenarios.all(),
                        partnerScenarios.all(),
                        animationScenarios.all(),
                        surveyScenarios.all())
                .forEach(all::putAll);
        return all;
    }

    private static Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        ApiContract.committed().operations().forEach(op -> ids.add(op.id()));
        return ids;
    }

    private static Response send(Operation op, Call call) {
        // An address of its own for every call, so that throttling never mixes two cases. JSON even without a body:
        // else REST Assured sends text/plain, which no client of the contract does.
        // Redirects are answers (sign-in with ProConnect): never followed.
        RequestSpecification request = given().redirects()
                .follow(false)
                .header("X-Forwarded-For", TestAccounts.newIp())
                .contentType(call.form() == null ? ContentType.JSON : ContentType.URLENC)
                .queryParams(call.query())
                .cookies(call.cookies());
        if (call.form() != null) {
            request.formParams(call.form());
        }
        if (call.caller() != null) {
            request.header("Authorization", "Bearer " + call.caller().accessToken());
        }
        if (call.body() != null) {
            request.body(call.body());
        }
        return request.request(op.method(), op.pathWith(call.path()));
    }

    private static String detail(Response response) {
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return "";
        }
        Object detail = response.jsonPath().get("detail");
        return detail == null ? "" : " (« " + detail + " »)";
    }
}
