package fr.spyrales.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.ApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Contract fuzzing: every operation of openapi.yaml receives seeded hostile input (wrong types, missing and extra
 * fields, huge, control and NUL characters, deep nesting, huge numbers, malformed identifiers, wrong content types,
 * duplicate keys, trailing JSON, empty bodies, bytes that are not UTF-8, bad tokens) from anonymous callers, a member
 * with pairings, an animateur and an administrator. Whatever the input: no 5xx; every 4xx is a problem+json with a
 * detail; the status is one the contract documents for the operation; and a refused request has written nothing.
 * `make test` runs a fixed seed; `make fuzz SEED=… REQUESTS=…` runs longer, from any seed.
 */
@QuarkusTest
class ContractFuzzTest {
    /** Fresh accounts and fixtures this often: access tokens last 15 minutes, and valid requests use fixtures up. */
    private static final int REQUESTS_PER_WORLD = 400;
    /** Below this many requests to an operation, not reaching past its authentication may be bad luck. */
    private static final int REQUESTS_TO_GET_PAST_AUTHENTICATION = 20;

    private static final Pattern RUN_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Inject
    FuzzFixtures fixtures;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** The fingerprint after the last request, while nothing but the fuzzed requests wrote since: one per request. */
    private Map<String, List<Long>> lastFingerprint;

    @Test
    void everyOperationAnswersHostileInputWithADocumentedProblemAndWritesNothingWhenItRefuses() throws Exception {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        System.out.printf(
                "Contract fuzz: seed %d, %d requests (replay: %s)%n",
                settings.seed(), settings.requests(), settings.replay());
        ApiContract contract = ApiContract.committed();
        List<ApiContract.Operation> operations = contract.operations().stream()
                .filter(op -> settings.operation() == null || op.id().equals(settings.operation()))
                .sorted(Comparator.comparing(ApiContract.Operation::id))
                .toList();
        assertFalse(operations.isEmpty(), "no operation " + settings.operation() + " in openapi.yaml");
        FuzzFindings findings = new FuzzFindings(contract, settings.seed());
        fixtures.awaitQuietRuns(null);
        long started = System.nanoTime();
        int sent = 0;
        FuzzWorld world = null;
        try (FuzzDatabaseFingerprint database = new FuzzDatabaseFingerprint(dataSource)) {
            for (int i = 0; i < settings.requests(); i++) {
                if (world == null || i % REQUESTS_PER_WORLD == 0) {
                    world = nextWorld(world);
                }
                Random random = FuzzDraft.seeded(settings.seed(), i);
                sent += fuzz(i, operations.get(i % operations.size()), random, world, database, findings) ? 1 : 0;
            }
        } finally {
            if (world != null) {
                fixtures.retire(world);
            }
        }
        System.out.printf(
                "Contract fuzz: %d requests sent (of %d drawn) in %d s, seed %d. Statuses by operation:%n%s",
                sent,
                settings.requests(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                settings.seed(),
                findings.statusesByOperation());
        assertTrue(findings.isEmpty(), () -> findings.report() + "\nReplay: " + settings.replay());
        assertTrue(
                findings.stoppedAtAuthentication(REQUESTS_TO_GET_PAST_AUTHENTICATION)
                        .isEmpty(),
                () -> "The fuzzer never got past authentication for "
                        + findings.stoppedAtAuthentication(REQUESTS_TO_GET_PAST_AUTHENTICATION)
                        + ": its callers' tokens or fixtures are broken, so these operations were not fuzzed.");
    }

    /** The fuzzer's write detector itself: a committed write shows, even of the same values; a rolled-back one does not. */
    @Test
    void theDatabaseFingerprintSeesEveryCommittedWriteAndNoRolledBackOne() throws Exception {
        FuzzWorld world = fixtures.build(null);
        UUID member = world.member().id();
        try (FuzzDatabaseFingerprint database = new FuzzDatabaseFingerprint(dataSource)) {
            Map<String, List<Long>> before = database.take();
            fixtures.sql("UPDATE member SET first_name = first_name WHERE id = CAST(:id AS uuid)", member, false);
            assertEquals(
                    Set.of("member"),
                    FuzzDatabaseFingerprint.changes(before, database.take()).keySet());
            before = database.take();
            fixtures.sql(
                    "DELETE FROM member_role WHERE member_id = CAST(:id AS uuid)",
                    world.account(FuzzCaller.ADMIN).orElseThrow().id(),
                    true);
            assertEquals(Map.of(), FuzzDatabaseFingerprint.changes(before, database.take()));

            // A write begun before a fingerprint and committed after it shows in the next one, though no
            // transaction began in between (the fingerprint is only taken anew when the transactions moved).
            try (Connection writer = dataSource.getConnection()) {
                writer.setAutoCommit(false);
                try (PreparedStatement update =
                        writer.prepareStatement("UPDATE member SET first_name = first_name WHERE id = ?")) {
                    update.setObject(1, member);
                    update.executeUpdate();
                }
                before = database.take();
                assertEquals(before, database.take(), "nothing committed yet");
                writer.commit();
            }
            assertEquals(
                    Set.of("member"),
                    FuzzDatabaseFingerprint.changes(before, database.take()).keySet());
        } finally {
            fixtures.retire(world);
        }
    }

    /**
     * Sends request number {@code index} and judges its answer, with the tables written meanwhile.
     *
     * @return false when the HTTP client refused to put the request on the wire
     */
    private boolean fuzz(
            int index,
            ApiContract.Operation op,
            Random random,
            FuzzWorld world,
            FuzzDatabaseFingerprint database,
            FuzzFindings findings) {
        FuzzCaller caller = FuzzCaller.draw(random);
        if (op.id().equals("deleteMyAccount") && caller != FuzzCaller.ANONYMOUS && caller != FuzzCaller.PARTNER) {
            world = world.with(caller, fixtures.disposableMember(world));
            lastFingerprint = null;
        }
        FuzzDraft draft = FuzzDraft.valid(ApiContract.committed(), op, caller, world, random);
        FuzzAttacks.applyOne(draft, random, world);
        FuzzRequest request = draft.build();
        Map<String, List<Long>> before = lastFingerprint != null ? lastFingerprint : database.take();
        lastFingerprint = null;
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.toHttp(base), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException notSendable) {
            // A header value or an address the HTTP client itself refuses to send: nothing reached the server.
            return false;
        } catch (IOException | InterruptedException e) {
            findings.noAnswer(index, op, caller, request, e);
            return true;
        }
        if (response.statusCode() / 100 == 2
                && (op.id().equals("startMatchingRun") || op.id().equals("confirmMatchingRun"))) {
            // The run goes on in the background: its writes must not be taken for those of the next refused request.
            fixtures.awaitQuietRuns(runId(response));
        }
        if (response.statusCode() / 100 == 2 && op.id().equals("suspendMember")) {
            fixtures.liftSuspensions(world);
        }
        lastFingerprint = database.take();
        findings.judge(index, op, caller, request, response, FuzzDatabaseFingerprint.changes(before, lastFingerprint));
        return true;
    }

    private FuzzWorld nextWorld(FuzzWorld previous) {
        if (previous != null) {
            fixtures.retire(previous);
        }
        lastFingerprint = null;
        return fixtures.build(previous);
    }

    private static UUID runId(HttpResponse<byte[]> response) {
        Matcher id = RUN_ID.matcher(new String(response.body(), StandardCharsets.UTF_8));
        return id.find() ? UUID.fromString(id.group(1)) : null;
    }
}
