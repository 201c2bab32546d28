package fr.spyrales.security;

import fr.spyrales.mentorship.MentorshipStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hand-written table {@code authorisation-matrix.csv}: for each operation, the status each caller gets.
 * Only read here; what the callers and contexts are is explained at the top of the file.
 */
public final class AuthorisationMatrix {
    private static final String FILE = "/authorisation-matrix.csv";
    private static final String NOT_APPLICABLE = "-";

    /** The columns after {@code operation,pairing}, in their order. */
    public enum Caller {
        ANONYMOUS,
        OWNER,
        MENTEE,
        MENTOR,
        MEMBER,
        ANIMATEUR,
        ADMIN,
        MEMBERS_READ("members:read"),
        MENTORSHIPS_READ("mentorships:read"),
        EVENTS_READ("events:read"),
        RESOURCES_READ("resources:read"),
        RESOURCES_WRITE("resources:write"),
        PROJECTS_READ("projects:read"),
        STATS_READ("stats:read");

        private final String scope;

        Caller() {
            this(null);
        }

        Caller(String scope) {
            this.scope = scope;
        }

        public String column() {
            return name().toLowerCase();
        }

        /** The one scope of this partner client's token; null for members and anonymous callers. */
        public String scope() {
            return scope;
        }

        public boolean partner() {
            return scope != null;
        }
    }

    /**
     * @param pairing the state the pairing is prepared in, for operations on a pairing
     * @param expected the status each caller gets; a caller absent from the map does not exist in this context
     */
    public record Row(String operation, Optional<MentorshipStatus> pairing, Map<Caller, Integer> expected, int line) {}

    private static volatile Map<String, Row> rows;

    private AuthorisationMatrix() {}

    /** The rows by operation id, in the file's order. */
    public static Map<String, Row> rows() {
        if (rows == null) {
            rows = read();
        }
        return rows;
    }

    private static Map<String, Row> read() {
        List<String> lines;
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String header = "operation,pairing,"
                + Arrays.stream(Caller.values()).map(Caller::column).collect(Collectors.joining(","));
        Map<String, Row> read = new LinkedHashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(header)) {
                    throw invalid(i, "the header must be « " + header + " »");
                }
                headerSeen = true;
                continue;
            }
            Row row = row(line.split(",", -1), i);
            if (read.put(row.operation(), row) != null) {
                throw invalid(i, "a second row for " + row.operation());
            }
        }
        return Collections.unmodifiableMap(read);
    }

    private static Row row(String[] cells, int index) {
        if (cells.length != 2 + Caller.values().length) {
            throw invalid(index, "expected " + (2 + Caller.values().length) + " cells, found " + cells.length);
        }
        Optional<MentorshipStatus> pairing =
                cells[1].equals(NOT_APPLICABLE) ? Optional.empty() : Optional.of(MentorshipStatus.valueOf(cells[1]));
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            String cell = cells[2 + caller.ordinal()];
            if (cell.equals(NOT_APPLICABLE)) {
                if (caller.partner()) {
                    throw invalid(index, caller.column() + ": a partner column states a status (403 or the success)");
                }
                continue;
            }
            if (!cell.matches("[1-5][0-9][0-9]")) {
                throw invalid(index, caller.column() + ": « " + cell + " » is neither a status nor -");
            }
            expected.put(caller, Integer.valueOf(cell));
        }
        if (!expected.containsKey(Caller.ANONYMOUS)) {
            throw invalid(index, "anonymous callers exist everywhere: give their status");
        }
        return new Row(cells[0], pairing, expected, index + 1);
    }

    private static IllegalStateException invalid(int index, String why) {
        return new IllegalStateException(FILE + " line " + (index + 1) + ": " + why);
    }
}
