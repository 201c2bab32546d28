package fr.spyrales.member;

import static fr.spyrales.support.KeysetPaging.idsByPage;
import static fr.spyrales.support.KeysetPaging.nextOf;
import static fr.spyrales.support.KeysetPaging.refused;
import static fr.spyrales.support.KeysetPaging.sameByPageAndByCursor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keyset paging of the directory (`after`): the same rows as paging by number, each once, in every order; a member
 * who joins before the cursor does not shift the next page; a cursor that is not one the directory gave is a 400. A
 * tribe of members under a surname of their own, written in one SQL statement with shared names, one creation time
 * and uneven ranks (so that every key and the id tie-break count), is removed afterwards.
 */
@QuarkusTest
class DirectoryKeysetTest {
    private static final String MEMBERS = "/api/v1/members";
    private static final int TRIBE = 45;
    private static final int SIZE = 7;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    private String tribe;
    private Account viewer;

    @BeforeEach
    void aTribe() {
        StringBuilder name = new StringBuilder("Zk");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        tribe = name.toString();
        viewer = accounts.member();
        // Seven display names for 45 members; the tribe's word in the bio of every third, twice in every fifth.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at, bio)
                        SELECT gen_random_uuid(), lower(:tribe) || '.' || n || '@insee.fr', 'Membre' || (n % 7),
                               :tribe, 'Membre' || (n % 7) || ' ' || :tribe, now(),
                               CASE WHEN n % 5 = 0 THEN :tribe || ' ' || :tribe WHEN n % 3 = 0 THEN :tribe END
                          FROM generate_series(1, :count) n""")
                        .setParameter("tribe", tribe)
                        .setParameter("count", TRIBE)
                        .executeUpdate());
    }

    @AfterEach
    void removeTheTribe() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM member WHERE last_name = :tribe")
                        .setParameter("tribe", tribe)
                        .executeUpdate());
    }

    @Test
    void walkingEveryPageByCursorReadsEachMemberOnceInTheOrderOfPagingByNumberForEverySort() {
        for (String sort : List.of("relevance", "name,asc", "name,desc", "createdAt,asc", "createdAt,desc")) {
            List<String> ids = sameByPageAndByCursor(
                    () -> viewer.as().queryParam("q", tribe).queryParam("sort", sort), MEMBERS, SIZE);
            assertEquals(TRIBE, ids.size(), sort);
        }
    }

    @Test
    void theFirstPageOfTheWholeDirectoryAndTheLastOneOfASearchGiveOrWithholdANextCursor() {
        String next = nextOf(viewer.as(), MEMBERS, 0, SIZE);
        assertTrue(next != null && !next.isBlank(), "a full first page of the whole directory has a next page");
        // 45 members in pages of 7: page 6 holds the last 3.
        assertNull(nextOf(viewer.as().queryParam("q", tribe), MEMBERS, TRIBE / SIZE, SIZE));
        // A last page that is exactly full has no next page either.
        assertNull(nextOf(viewer.as().queryParam("q", tribe), MEMBERS, 0, TRIBE));
    }

    @Test
    void aMemberWhoJoinsBeforeTheCursorDoesNotShiftTheNextPage() {
        List<String> before =
                idsByPage(() -> viewer.as().queryParam("q", tribe).queryParam("sort", "name,asc"), MEMBERS, SIZE);
        String next = nextOf(viewer.as().queryParam("q", tribe).queryParam("sort", "name,asc"), MEMBERS, 0, SIZE);
        // « Aaron » sorts before every « Membre… » of the tribe: page 0 by number now starts with him.
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                        INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at)
                        VALUES (gen_random_uuid(), lower(:tribe) || '.aaron@insee.fr', 'Aaron', :tribe,
                                'Aaron ' || :tribe, now())""").setParameter("tribe", tribe).executeUpdate());
        List<String> secondByCursor = viewer.as()
                .queryParam("q", tribe)
                .queryParam("sort", "name,asc")
                .queryParam("after", next)
                .queryParam("size", SIZE)
                .get(MEMBERS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertEquals(before.subList(SIZE, 2 * SIZE), secondByCursor);
        List<String> secondByNumber = viewer.as()
                .queryParam("q", tribe)
                .queryParam("sort", "name,asc")
                .queryParam("page", 1)
                .queryParam("size", SIZE)
                .get(MEMBERS)
                .then()
                .extract()
                .jsonPath()
                .getList("items.id");
        assertNotEquals(secondByCursor, secondByNumber, "paging by number shifts by the new member");
    }

    @Test
    void aCursorTheDirectoryDidNotGiveIsRefusedWithA400OnAfter() {
        String next = nextOf(viewer.as().queryParam("sort", "name,asc"), MEMBERS, 0, SIZE);
        String id = "0f53c5ae-1b0e-4c5e-9446-3e6f4d5f0f4c";
        for (String forged : List.of(
                "%%%",
                "not-base64!",
                encode("pas du json"),
                encode("[]"),
                encode("{\"o\":\"members:name,asc\"}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\"]}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\",\"" + id + "\",\"b\"]}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\",\"1-1-1-1-1\"]}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\",42]}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\\u0000b\",\"" + id + "\"]}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\",\"" + id + "\"],\"x\":1}"),
                encode("{\"o\":\"members:name,asc\",\"k\":[\"a\",\"" + id + "\"]} trailing"),
                encode("{\"o\":\"members:createdAt,asc\",\"k\":[\"99999-01-01T00:00:00Z\",\"" + id + "\"]}"),
                encode("{\"o\":\"members:createdAt,asc\",\"k\":[\"hier\",\"" + id + "\"]}"),
                encode("{\"o\":\"members:relevance\",\"k\":[\"1e999\",\"a\",\"" + id + "\"]}"),
                "a".repeat(3000))) {
            refused(viewer.as().queryParam("sort", "name,asc"), MEMBERS, forged);
        }
        // Another sort's cursor, or the search's cursor without the search.
        refused(viewer.as().queryParam("sort", "createdAt,desc"), MEMBERS, next);
        String ranked = nextOf(viewer.as().queryParam("q", tribe), MEMBERS, 0, SIZE);
        refused(viewer.as(), MEMBERS, ranked);
        // A cursor says where the page starts: with a page number it is refused.
        refused(viewer.as().queryParam("sort", "name,asc").queryParam("page", 1), MEMBERS, next);
        // Page 0 with a cursor is the page after the cursor.
        JsonPath after = viewer.as()
                .queryParam("sort", "name,asc")
                .queryParam("page", 0)
                .queryParam("after", next)
                .get(MEMBERS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, after.getInt("page"));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
