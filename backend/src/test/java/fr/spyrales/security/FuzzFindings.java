package fr.spyrales.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.support.ApiContract;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Judges each answer against what the API promises whatever the input, and keeps what broke it: a 5xx, a 4xx that
 * is not a problem+json with a detail, a status the contract does not document for the operation, a refusal that
 * left something written, or a success for a request that plainly breaks the contract (a value of the wrong type,
 * out of bounds, a required field missing, a body that is not JSON). Findings are grouped by operation and kind; each group keeps its first requests.
 */
final class FuzzFindings {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXAMPLES_PER_GROUP = 2;

    /**
     * Writes a refusal legitimately leaves, by operation and status: presenting a refresh token that was already
     * rotated is refused (401) and, by design, closes that whole session (the token was probably stolen).
     */
    private static final Map<String, Set<String>> WRITES_ON_REFUSAL =
            Map.of("refreshSession:401", Set.of("refresh_token"));

    private final ApiContract contract;
    private final long seed;
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

    FuzzFindings(ApiContract contract, long seed) {
        this.contract = contract;
        this.seed = seed;
    }

    /** Checks one answer; {@code written} holds the tables that changed meanwhile. */
    void judge(
            int index,
            ApiContract.Operation op,
            FuzzCaller caller,
            FuzzRequest request,
            HttpResponse<byte[]> response,
            Map<String, String> written) {
        int status = response.statusCode();
        statuses.computeIfAbsent(op.id(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (status >= 500) {
            add(op, "answered " + status, index, caller, request, status, body);
        }
        if (status / 100 == 2 && request.mustRefuse() != null) {
            add(
                    op,
                    "accepted (" + status + ") a request that breaks the contract",
                    index,
                    caller,
                    request,
                    status,
                    body + "\n      why it should have been refused: " + request.mustRefuse());
        }
        // Every answer names its request, and a problem repeats that name (common/RequestIds.java).
        String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
        if (requestId == null) {
            add(op, status + " without an X-Request-Id header", index, caller, request, status, body);
        } else if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && !body.contains("\"requestId\":\"" + requestId + "\"")) {
            add(
                    op,
                    status + " problem without the requestId of its X-Request-Id header (" + requestId + ")",
                    index,
                    caller,
                    request,
                    status,
                    body);
        }
        if (status >= 400 && status < 500) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            // The OAuth 2.0 token endpoint answers its refusals as RFC 6749 §5.2 says (application/json, `error`), as
            // openapi.yaml documents; everything else is problem+json.
            boolean oauthError = op.id().equals("getPartnerToken")
                    && (status == 400 || status == 401)
                    && type.startsWith("application/json")
                    && body.contains("\"error\"");
            if (!oauthError && (!type.startsWith("application/problem+json") || !hasDetail(body))) {
                add(
                        op,
                        status + " without a problem+json detail (Content-Type: " + type + ")",
                        index,
                        caller,
                        request,
                        status,
                        body);
            }
            Set<String> unexpected = new java.util.TreeSet<>(written.keySet());
            unexpected.removeAll(WRITES_ON_REFUSAL.getOrDefault(op.id() + ":" + status, Set.of()));
            if (!unexpected.isEmpty()) {
                add(
                        op,
                        "refused with " + status + " but wrote in " + unexpected,
                        index,
                        caller,
                        request,
                        status,
                        body + "\n      changes: " + written);
            }
        }
        if (!request.leavesOperation() && !contract.documents(op, status)) {
            add(op, "status " + status + " is not documented", index, caller, request, status, body);
        }
    }

    void noAnswer(int index, ApiContract.Operation op, FuzzCaller caller, FuzzRequest request, Exception e) {
        add(op, "no answer: " + e, index, caller, request, 0, "");
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * Operations that got enough requests but only ever answered 401 or 403: the fuzzer could not reach their rules,
     * it is the fixtures that are broken, not the operation that is safe.
     */
    List<String> stoppedAtAuthentication(int minimumRequests) {
        List<String> stopped = new ArrayList<>();
        statuses.forEach((op, byStatus) -> {
            int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= minimumRequests && byStatus.keySet().stream().allMatch(s -> s == 401 || s == 403)) {
                stopped.add(op);
            }
        });
        return stopped;
    }

    /** The status codes each operation answered: shows that the fuzzer reached the rules, not only the parser. */
    String statusesByOperation() {
        StringBuilder out = new StringBuilder();
        statuses.forEach((op, byStatus) -> out.append(String.format("  %-28s %s%n", op, byStatus)));
        return out.toString();
    }

    String report() {
        StringBuilder out = new StringBuilder(groups.size() + " kinds of contract breach found (seed " + seed + "):\n");
        groups.forEach((group, examples) -> {
            out.append("\n- ")
                    .append(group)
                    .append(" — ")
                    .append(counts.get(group))
                    .append(" request(s)\n");
            examples.forEach(e -> out.append(e).append('\n'));
        });
        return out.toString();
    }

    private void add(
            ApiContract.Operation op,
            String what,
            int index,
            FuzzCaller caller,
            FuzzRequest request,
            int status,
            String body) {
        String group = op.id() + ": " + what;
        counts.merge(group, 1, Integer::sum);
        List<String> examples = groups.computeIfAbsent(group, k -> new ArrayList<>());
        if (examples.size() < EXAMPLES_PER_GROUP) {
            examples.add("    request #" + index + " (seed " + seed + "), as " + caller + ": " + request
                    + "\n      answer " + status + ": "
                    + FuzzRequest.escape(body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    private static boolean hasDetail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null
                    && problem.path("detail").isTextual()
                    && !problem.path("detail").asText().isBlank();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
