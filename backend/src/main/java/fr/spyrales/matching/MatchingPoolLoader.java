package fr.spyrales.matching;

import fr.spyrales.matching.engine.MatchingPool;
import fr.spyrales.matching.engine.MatchingWeights;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads mentees and mentors into a {@link MatchingPool} with plain JDBC: a 100k-member community
 * is a few streamed result sets, not a hundred thousand entities.
 */
@ApplicationScoped
class MatchingPoolLoader {
    /**
     * Members anyone may be paired with: verified, sharing their profile, not erased, not suspended (a suspended
     * member cannot sign in to answer). The mentors' side of it is the pool's definition in SQL (V49's
     * `matching_mentor_source`, kept in `matching_mentor`).
     */
    private static final String ACTIVE = "m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY'"
            + " AND m.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = m.id)";

    private static final String MINISTRY = "coalesce(o.ministry, o.name)";
    /** Pairs never proposed: already open between them, or declined once. */
    private static final String EXCLUDING_STATUSES = "('PENDING', 'ACCEPTED', 'PAUSED', 'DECLINED')";

    /** The two languages the community works in: sharing one makes sessions far easier. */
    private static final Set<String> LANGUAGES = Set.of("python", "r");

    private final DataSource dataSource;

    MatchingPoolLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Everyone who wants a mentor and has none, against every mentor with a free place. */
    LoadedPool cohort() {
        try (Connection c = dataSource.getConnection()) {
            Dictionaries dict = dictionaries(c);
            List<Row> mentees = rows(
                    c,
                    "SELECT m.id, 0, 0, " + MINISTRY + ", m.region_code FROM member m"
                            + " LEFT JOIN organization o ON o.id = m.organization_id WHERE m.wants_mentor AND " + ACTIVE
                            + " AND NOT EXISTS (SELECT 1 FROM mentorship a WHERE a.mentee_id = m.id AND a.status IN ('ACCEPTED', 'PAUSED'))"
                            + " ORDER BY m.created_at, m.id",
                    ps -> {});
            List<Row> mentors = rows(
                    c,
                    "SELECT p.member_id, p.capacity, p.capacity - p.taken, " + MINISTRY + ", p.region_code"
                            + " FROM matching_mentor p LEFT JOIN organization o ON o.id = p.organization_id"
                            + " WHERE p.taken < p.capacity ORDER BY p.member_id",
                    ps -> {});
            return build(c, dict, mentees, mentors, true);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the matching pool", e);
        }
    }

    /**
     * One member against the mentors who are above them on a wanted skill, narrowed to the `shortlist` best: the
     * score is computed in SQL too (the same formula as {@link fr.spyrales.matching.engine.Scorer}, which then
     * scores the few kept in Java, with its reasons), so that only those mentors' skills are read. SQL reads the
     * maintained pool, one row per mentor (`matching_mentor`, kept by V46's triggers in the transaction of every
     * change, as the batch runs read it). `scores` holds the SQL score of each kept
     * mentor, by mentor index.
     */
    MentorShortlist forMentee(UUID menteeId, MatchingWeights weights, int shortlist) {
        try (Connection c = dataSource.getConnection()) {
            Dictionaries dict = dictionaries(c);
            List<Row> mentees = rows(
                    c,
                    "SELECT m.id, 0, 0, " + MINISTRY + ", m.region_code FROM member m"
                            + " LEFT JOIN organization o ON o.id = m.organization_id WHERE m.id = ?",
                    ps -> ps.setObject(1, menteeId));
            if (mentees.isEmpty()) {
                return new MentorShortlist(build(c, dict, mentees, List.of(), false), new int[0]);
            }
            Row mentee = mentees.get(0);
            Map<String, Integer> levels = new HashMap<>();
            forEach(
                    c,
                    "SELECT skill_code, level FROM member_skill WHERE member_id = ?",
                    ps -> ps.setObject(1, menteeId),
                    rs -> levels.put(rs.getString(1), rs.getInt(2)));
            List<String> wanted = new ArrayList<>();
            forEach(
                    c,
                    "SELECT skill_code FROM member_learning_skill WHERE member_id = ?",
                    ps -> ps.setObject(1, menteeId),
                    rs -> wanted.add(rs.getString(1)));
            if (wanted.isEmpty()) {
                levels.forEach((code, level) -> {
                    if (level <= 2) {
                        wanted.add(code);
                    }
                });
            }
            // The languages a shared one counts for: wanted, or already used by the member.
            List<String> languages = LANGUAGES.stream()
                    .filter(code -> wanted.contains(code) || levels.getOrDefault(code, 0) > 0)
                    .sorted()
                    .toList();
            List<Row> mentors = new ArrayList<>();
            List<Integer> scores = new ArrayList<>();
            if (!wanted.isEmpty()) {
                List<Object> parameters = new ArrayList<>();
                String sql = shortlistSql(menteeId, mentee, levels, wanted, languages, weights, shortlist, parameters);
                forEach(
                        c,
                        sql,
                        ps -> {
                            for (int i = 0; i < parameters.size(); i++) {
                                if (parameters.get(i) == null) {
                                    ps.setNull(i + 1, Types.VARCHAR);
                                } else {
                                    ps.setObject(i + 1, parameters.get(i));
                                }
                            }
                        },
                        rs -> {
                            mentors.add(new Row(
                                    (UUID) rs.getObject(1),
                                    rs.getInt(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5)));
                            scores.add(rs.getInt(6));
                        });
            }
            return new MentorShortlist(
                    build(c, dict, mentees, mentors, false),
                    scores.stream().mapToInt(Integer::intValue).toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the mentors for " + menteeId, e);
        }
    }

    /**
     * The best mentors for one mentee by their score in hundredths, as {@link fr.spyrales.matching.engine.Scorer}
     * computes it (integer divisions included), then in id order: the pool's mentor order. It reads the maintained
     * pool (`matching_mentor`, migration V46: one row per mentor, places taken and skill levels included), one column
     * of level gap per wanted skill; the statement's text depends only on how many skills are wanted and how many
     * languages count, its values are parameters (filled into `parameters`, in order). The `OFFSET 0` keep each
     * level gap, and each skill share, computed once a row instead of once for every use; the mentors this mentee
     * may not be proposed are a hashed list (`NOT IN`, mentor_id is never null), so that no plan rescans the
     * mentee's requests for each of the 20 000 rows.
     */
    private static String shortlistSql(
            UUID menteeId,
            Row mentee,
            Map<String, Integer> levels,
            List<String> wanted,
            List<String> languages,
            MatchingWeights weights,
            int shortlist,
            List<Object> parameters) {
        // In the statement's order: the languages, then each wanted skill and its floor, then the rest.
        parameters.addAll(languages);
        StringBuilder gaps = new StringBuilder();
        StringBuilder skill = new StringBuilder();
        for (int i = 0; i < wanted.size(); i++) {
            String gap = "gap" + i;
            gaps.append(", coalesce((p.levels ->> ?::text)::int, 0) - ? AS ").append(gap);
            parameters.add(wanted.get(i));
            parameters.add(levels.getOrDefault(wanted.get(i), 0));
            skill.append(i == 0 ? "" : " + ")
                    .append(weights.skill())
                    .append(" * CASE WHEN %1$s >= 4 THEN 40 WHEN %1$s = 3 THEN 60 WHEN %1$s > 0 THEN 100 ELSE 0 END"
                            .formatted(gap))
                    .append(" / ")
                    .append(wanted.size());
        }
        String language = languages.isEmpty()
                ? "false"
                : String.join(
                        " OR ", Collections.nCopies(languages.size(), "coalesce((p.levels ->> ?::text)::int, 0) >= 2"));
        parameters.add(menteeId);
        parameters.add(menteeId);
        parameters.add(weights.language() * 100);
        parameters.add(weights.capacity() * 100);
        parameters.add(mentee.ministry);
        parameters.add(mentee.ministry);
        parameters.add(weights.otherMinistry() * 100);
        parameters.add(mentee.region);
        parameters.add(weights.sameRegion() * 100);
        parameters.add(shortlist);
        return """
                WITH scored AS (
                    SELECT id, capacity, free, ministry, region_code, language, %s AS skill
                      FROM (SELECT p.member_id AS id, p.capacity, p.capacity - p.taken AS free, p.region_code,
                                   coalesce(o.ministry, o.name) AS ministry, %s AS language%s
                              FROM matching_mentor p LEFT JOIN organization o ON o.id = p.organization_id
                             WHERE p.taken < p.capacity AND p.member_id <> ?
                               AND p.member_id NOT IN (SELECT x.mentor_id FROM mentorship x WHERE x.mentee_id = ?
                                                          AND x.status IN %s)
                            OFFSET 0) g
                    OFFSET 0),
                best AS (
                    SELECT s.*, s.skill
                           + CASE WHEN s.language THEN ? ELSE 0 END
                           + ? * s.free / s.capacity
                           + CASE WHEN ?::text IS NOT NULL AND s.ministry IS NOT NULL AND s.ministry <> ? THEN ? ELSE 0 END
                           + CASE WHEN s.region_code = ? THEN ? ELSE 0 END AS score
                      FROM scored s
                     WHERE s.skill > 0
                     ORDER BY score DESC, s.id
                     LIMIT ?)
                SELECT id, capacity, free, ministry, region_code, score FROM best ORDER BY id""".formatted(skill, language, gaps, EXCLUDING_STATUSES);
    }

    private LoadedPool build(
            Connection c, Dictionaries dict, List<Row> mentees, List<Row> mentors, boolean loadExclusions)
            throws SQLException {
        int skillCount = dict.skillCodes.size();
        MatchingPool.Builder builder = MatchingPool.builder(skillCount, mentees.size(), mentors.size());
        for (int skill = 0; skill < skillCount; skill++) {
            if (dict.languages.get(skill)) {
                builder.language(skill);
            }
        }
        Map<UUID, Integer> menteeIndex = new HashMap<>();
        Map<UUID, Integer> mentorIndex = new HashMap<>();
        UUID[] menteeIds = new UUID[mentees.size()];
        UUID[] mentorIds = new UUID[mentors.size()];
        for (int i = 0; i < mentors.size(); i++) {
            Row row = mentors.get(i);
            mentorIds[i] = row.id;
            mentorIndex.put(row.id, i);
            builder.mentor(i, row.capacity, row.free, dict.ministry(row.ministry), dict.region(row.region));
        }
        for (int i = 0; i < mentees.size(); i++) {
            menteeIds[i] = mentees.get(i).id;
            menteeIndex.put(menteeIds[i], i);
        }
        Array menteeArray = c.createArrayOf("uuid", menteeIds);
        Array mentorArray = c.createArrayOf("uuid", mentorIds);
        forEach(
                c,
                "SELECT member_id, skill_code, level FROM member_skill WHERE member_id = ANY(?)",
                ps -> ps.setArray(1, mentorArray),
                rs -> {
                    builder.mentorLevel(
                            mentorIndex.get((UUID) rs.getObject(1)),
                            dict.skillIndex.get(rs.getString(2)),
                            rs.getInt(3));
                });
        int[][] levels = new int[mentees.size()][skillCount];
        forEach(
                c,
                "SELECT member_id, skill_code, level FROM member_skill WHERE member_id = ANY(?)",
                ps -> ps.setArray(1, menteeArray),
                rs -> {
                    int mentee = menteeIndex.get((UUID) rs.getObject(1));
                    int skill = dict.skillIndex.get(rs.getString(2));
                    levels[mentee][skill] = rs.getInt(3);
                    builder.menteeLevel(mentee, skill, rs.getInt(3));
                });
        List<List<Integer>> declared = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            declared.add(new ArrayList<>());
        }
        forEach(
                c,
                "SELECT member_id, skill_code FROM member_learning_skill WHERE member_id = ANY(?)",
                ps -> ps.setArray(1, menteeArray),
                rs -> declared.get(menteeIndex.get((UUID) rs.getObject(1))).add(dict.skillIndex.get(rs.getString(2))));
        boolean[] learningDeclared = new boolean[mentees.size()];
        for (int i = 0; i < mentees.size(); i++) {
            Row row = mentees.get(i);
            int[] wanted = declared.get(i).stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            learningDeclared[i] = wanted.length > 0;
            if (wanted.length == 0) {
                List<Integer> low = new ArrayList<>();
                for (int skill = 0; skill < skillCount; skill++) {
                    if (levels[i][skill] == 1 || levels[i][skill] == 2) {
                        low.add(skill);
                    }
                }
                wanted = low.stream().mapToInt(Integer::intValue).toArray();
            }
            builder.mentee(i, wanted, dict.ministry(row.ministry), dict.region(row.region));
        }
        List<List<Integer>> excluded = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            List<Integer> self = new ArrayList<>();
            Integer asMentor = mentorIndex.get(menteeIds[i]);
            if (asMentor != null) {
                self.add(asMentor);
            }
            excluded.add(self);
        }
        if (loadExclusions) {
            forEach(
                    c,
                    "SELECT mentee_id, mentor_id FROM mentorship WHERE status IN " + EXCLUDING_STATUSES
                            + " AND mentee_id = ANY(?) AND mentor_id = ANY(?)",
                    ps -> {
                        ps.setArray(1, menteeArray);
                        ps.setArray(2, mentorArray);
                    },
                    rs -> excluded.get(menteeIndex.get((UUID) rs.getObject(1)))
                            .add(mentorIndex.get((UUID) rs.getObject(2))));
        }
        for (int i = 0; i < mentees.size(); i++) {
            builder.exclude(
                    i, excluded.get(i).stream().mapToInt(Integer::intValue).toArray());
        }
        return new LoadedPool(
                builder.build(),
                menteeIds,
                mentorIds,
                dict.skillCodes,
                dict.ministries,
                dict.regionCodes,
                learningDeclared);
    }

    /** A mentee's pool narrowed to the best mentors, with each one's score as SQL computed it (by mentor index). */
    record MentorShortlist(LoadedPool loaded, int[] scores) {}

    private record Row(UUID id, int capacity, int free, String ministry, String region) {}

    private static List<Row> rows(Connection c, String sql, Binder binder) throws SQLException {
        List<Row> rows = new ArrayList<>();
        forEach(
                c,
                sql,
                binder,
                rs -> rows.add(
                        new Row((UUID) rs.getObject(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5))));
        return rows;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void forEach(Connection c, String sql, Binder binder, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(5_000);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Skills, ministries and regions as dense indexes. */
    private static final class Dictionaries {
        final List<String> skillCodes = new ArrayList<>();
        final Map<String, Integer> skillIndex = new HashMap<>();
        final List<Boolean> languages = new ArrayList<>();
        final List<String> ministries = new ArrayList<>();
        final Map<String, Integer> ministryIndex = new HashMap<>();
        final List<String> regionCodes = new ArrayList<>();
        final Map<String, Integer> regionIndex = new HashMap<>();

        int ministry(String name) {
            return name == null
                    ? MatchingPool.UNKNOWN
                    : ministryIndex.computeIfAbsent(name, n -> {
                        ministries.add(n);
                        return ministries.size() - 1;
                    });
        }

        int region(String code) {
            return code == null
                    ? MatchingPool.UNKNOWN
                    : regionIndex.computeIfAbsent(code, r -> {
                        regionCodes.add(r);
                        return regionCodes.size() - 1;
                    });
        }
    }

    private static Dictionaries dictionaries(Connection c) throws SQLException {
        Dictionaries dict = new Dictionaries();
        forEach(c, "SELECT code FROM skill ORDER BY position", ps -> {}, rs -> {
            dict.skillIndex.put(rs.getString(1), dict.skillCodes.size());
            dict.skillCodes.add(rs.getString(1));
            dict.languages.add(LANGUAGES.contains(rs.getString(1)));
        });
        return dict;
    }
}
