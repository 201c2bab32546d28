package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.common.KeysetOrder.KeyType;
import fr.spyrales.common.KeysetOrder.SortKey;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The keyset condition matches ORDER BY, and a cursor reads back exactly the keys it was written with. */
class KeysetOrderTest {
    private static final UUID ID = UUID.fromString("0f53c5ae-1b0e-4c5e-9446-3e6f4d5f0f4c");
    private static final SortKey BY_ID = SortKey.asc("m.id", KeyType.ID);

    @Test
    void keysInOneDirectionCompareAsOneRowValue() {
        KeysetOrder order = KeysetOrder.of("t:name", SortKey.asc("lower(m.name)", KeyType.TEXT), BY_ID);
        Map<String, Object> params = new HashMap<>();
        assertEquals("(lower(m.name), m.id) > (:after0, :after1)", order.condition(List.of("ana", ID), params));
        assertEquals(Map.of("after0", "ana", "after1", ID), params);
        assertEquals("lower(m.name), m.id", order.orderBy());
    }

    @Test
    void aChangeOfDirectionBoundsTheScanByTheFirstKeysThenBreaksTheTie() {
        KeysetOrder order = KeysetOrder.of(
                "t:rank",
                SortKey.desc("rank", KeyType.DECIMAL),
                SortKey.desc("t.at", KeyType.TIMESTAMP),
                SortKey.asc("lower(t.name)", KeyType.TEXT),
                BY_ID);
        assertEquals(
                "((rank, t.at) <= (:after0, :after1) AND ((rank, t.at) < (:after0, :after1)"
                        + " OR ((rank, t.at) = (:after0, :after1) AND (lower(t.name), m.id) > (:after2, :after3))))",
                order.condition(List.of(BigDecimal.ONE, OffsetDateTime.now(), "a", ID), new HashMap<>()));
        assertEquals("rank DESC, t.at DESC, lower(t.name), m.id", order.orderBy());
    }

    @Test
    void aCursorReadsBackTheKeysOfTheRowItFollows() {
        KeysetOrder order = KeysetOrder.of(
                "t:all",
                SortKey.desc("rank", KeyType.DECIMAL),
                SortKey.desc("count", KeyType.INTEGER),
                SortKey.desc("at", KeyType.TIMESTAMP),
                SortKey.asc("name", KeyType.TEXT),
                BY_ID);
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 123_456_000, ZoneOffset.ofHours(1));
        String cursor = order.cursorAfter(new Object[] {new BigDecimal("4.3333333333333333"), 12, at, "Élodie", ID});
        assertEquals(
                List.of(
                        new BigDecimal("4.3333333333333333"),
                        12L,
                        at.withOffsetSameInstant(ZoneOffset.UTC),
                        "Élodie",
                        ID),
                order.position(cursor));
    }

    @Test
    void anotherOrdersCursorIsRefused() {
        KeysetOrder name = KeysetOrder.of("t:name", SortKey.asc("name", KeyType.TEXT), BY_ID);
        KeysetOrder newest = KeysetOrder.of("t:newest", SortKey.desc("name", KeyType.TEXT), BY_ID);
        String cursor = name.cursorAfter(new Object[] {"ana", ID});
        ApiException refused = assertThrows(ApiException.class, () -> newest.position(cursor));
        assertEquals("after", refused.errors().get(0).field());
    }

    @Test
    void anOrderEndsWithTheId() {
        assertThrows(
                IllegalArgumentException.class,
                () -> KeysetOrder.of("t:bad", SortKey.asc("name", KeyType.TEXT), SortKey.asc("at", KeyType.TIMESTAMP)));
        assertThrows(IllegalArgumentException.class, () -> KeysetOrder.of("t:bad", BY_ID));
    }
}
