package fr.spyrales.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A list's order, as keyset paging needs it: its sort keys in ORDER BY order, the last one the row's id, so that the
 * order is total. A page after a cursor ({@link PageCursor}) reads the rows whose keys come after the cursor's, with a
 * row-value comparison that matches ORDER BY exactly, instead of skipping rows with OFFSET (bench/README.md,
 * « Keyset pages »).
 *
 * @param name the order's name, written in its cursors: a cursor of another order (another list, another sort) is
 *     refused
 */
public record KeysetOrder(String name, List<SortKey> keys) {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    /** A rank or an average: numeric as SQL computes it, written out in full (no exponent). */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,40})?");
    /** The canonical form only: {@link UUID#fromString} also reads shortened groups. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** How a key's value is written in a cursor and bound back. */
    public enum KeyType {
        /** text, compared with the column's collation (the value is bound as text). */
        TEXT,
        /** timestamptz. */
        TIMESTAMP,
        /** integer or bigint. */
        INTEGER,
        /**
         * numeric. A float (a search rank) must be cast to numeric in the key's SQL: the cursor then holds exactly
         * the value ORDER BY compares (a float4 casts to its 6 significant digits, always the same for one rank).
         */
        DECIMAL,
        /** uuid: the id that ends every order. */
        ID
    }

    /** One ORDER BY term; its SQL must never be NULL (a nullable key is wrapped in COALESCE, in ORDER BY too). */
    public record SortKey(String sql, boolean descending, KeyType type) {
        public static SortKey asc(String sql, KeyType type) {
            return new SortKey(sql, false, type);
        }

        public static SortKey desc(String sql, KeyType type) {
            return new SortKey(sql, true, type);
        }
    }

    public KeysetOrder {
        keys = List.copyOf(keys);
        if (keys.size() < 2 || keys.get(keys.size() - 1).type() != KeyType.ID) {
            throw new IllegalArgumentException("A keyset order ends with the id, after at least one key: " + name);
        }
    }

    public static KeysetOrder of(String name, SortKey... keys) {
        return new KeysetOrder(name, List.of(keys));
    }

    /** The same order after {@code first}, e.g. a search rank before the list's own order. */
    public KeysetOrder rankedFirst(String prefix, SortKey first) {
        List<SortKey> all = new ArrayList<>();
        all.add(first);
        all.addAll(keys);
        return new KeysetOrder(prefix + "+" + name, all);
    }

    /** The ORDER BY clause, without the words ORDER BY. */
    public String orderBy() {
        List<String> terms = new ArrayList<>();
        for (SortKey key : keys) {
            terms.add(key.sql() + (key.descending() ? " DESC" : ""));
        }
        return String.join(", ", terms);
    }

    /** The keys as a SELECT list, in order: a page's rows carry them so that its last row gives the next cursor. */
    public String selectList() {
        List<String> columns = new ArrayList<>();
        for (SortKey key : keys) {
            columns.add(key.sql());
        }
        return String.join(", ", columns);
    }

    /** The id in a row read with {@link #selectList()}. */
    public UUID idOf(Object[] row) {
        return (UUID) row[keys.size() - 1];
    }

    /** The cursor of the position just after {@code row} (read with {@link #selectList()}). */
    public String cursorAfter(Object[] row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            values.add(written(keys.get(i).type(), row[i]));
        }
        return PageCursor.encode(name, values);
    }

    /**
     * The condition of the rows after a position, its values put in {@code params} as {@code after0}, {@code after1}…
     * Runs of keys in one direction compare as one row value ({@code (k1, id) > (:after0, :after1)}); where the
     * direction changes, the first run also bounds the scan on its own ({@code k0 <= :v AND (k0 < :v OR (k0 = :v AND
     * …))}), so that an index on the order starts at the cursor.
     */
    public String condition(List<Object> position, Map<String, Object> params) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (i == 0 || keys.get(i).descending() != keys.get(i - 1).descending()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(i);
            params.put("after" + i, position.get(i));
        }
        String after = runsAfter(runs, 0);
        if (runs.size() == 1) {
            return after;
        }
        List<Integer> first = runs.get(0);
        return "(" + row(first, true) + " " + operator(first) + "= " + row(first, false) + " AND " + after + ")";
    }

    private String runsAfter(List<List<Integer>> runs, int from) {
        List<Integer> run = runs.get(from);
        String beyond = row(run, true) + " " + operator(run) + " " + row(run, false);
        if (from == runs.size() - 1) {
            return beyond;
        }
        return "(" + beyond + " OR (" + row(run, true) + " = " + row(run, false) + " AND " + runsAfter(runs, from + 1)
                + "))";
    }

    private String operator(List<Integer> run) {
        return keys.get(run.get(0)).descending() ? "<" : ">";
    }

    private String row(List<Integer> run, boolean expressions) {
        List<String> terms = new ArrayList<>();
        for (int i : run) {
            terms.add(expressions ? keys.get(i).sql() : ":after" + i);
        }
        return terms.size() == 1 ? terms.get(0) : "(" + String.join(", ", terms) + ")";
    }

    /**
     * The position a cursor names, as values to bind ({@link #condition}); a cursor that is not one of this order's
     * is refused (400 on the parameter {@code after}).
     */
    public List<Object> position(String cursor) {
        List<String> values = PageCursor.decode(cursor, name);
        if (values.size() != keys.size()) {
            throw PageCursor.invalid();
        }
        List<Object> position = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            position.add(read(keys.get(i).type(), values.get(i)));
        }
        return position;
    }

    private static String written(KeyType type, Object value) {
        if (value == null) {
            throw new IllegalStateException("A keyset sort key is NULL: wrap it in COALESCE");
        }
        return switch (type) {
            case TEXT, ID -> value.toString();
            case INTEGER -> String.valueOf(((Number) value).longValue());
            case DECIMAL -> (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).toPlainString();
            case TIMESTAMP -> instant(value).toString();
        };
    }

    private static Object read(KeyType type, String value) {
        return switch (type) {
            case TEXT -> {
                // PostgreSQL text cannot hold U+0000 (the statement would fail).
                if (value.indexOf('\0') >= 0) {
                    throw PageCursor.invalid();
                }
                yield value;
            }
            case ID -> {
                if (!ID.matcher(value).matches()) {
                    throw PageCursor.invalid();
                }
                yield UUID.fromString(value);
            }
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches()) {
                    throw PageCursor.invalid();
                }
                yield Long.valueOf(value);
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(value).matches()) {
                    throw PageCursor.invalid();
                }
                yield new BigDecimal(value);
            }
            case TIMESTAMP -> {
                OffsetDateTime time;
                try {
                    time = Instant.parse(value).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw PageCursor.invalid();
                }
                // Within what timestamptz holds, so that a forged year never reaches the database.
                if (time.getYear() < 1 || time.getYear() > 9999) {
                    throw PageCursor.invalid();
                }
                yield time;
            }
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }
}
