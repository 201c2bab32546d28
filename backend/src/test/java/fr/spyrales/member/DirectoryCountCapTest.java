package fr.spyrales.member;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.spyrales.common.ListsConfig;
import fr.spyrales.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory counts its matches up to the cap (README, « Lists and pagination »): a tribe of {@code cap + 30}
 * members, written in one SQL statement under a surname of their own and removed afterwards, is more than it counts.
 */
@QuarkusTest
class DirectoryCountCapTest {
    private static final int BEYOND_CAP = 30;
    private static final int MENTORS = 7;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    ListsConfig lists;

    private String tribe;
    private int cap;

    @BeforeEach
    void aTribeLargerThanTheCap() {
        StringBuilder name = new StringBuilder("Zc");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        tribe = name.toString();
        cap = lists.countCap();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at, can_mentor)
                        SELECT gen_random_uuid(), lower(:tribe) || '.' || n || '@insee.fr', 'Membre' || n, :tribe,
                               'Membre' || n || ' ' || :tribe, now(), n <= :mentors
                          FROM generate_series(1, :count) n""")
                        .setParameter("tribe", tribe)
                        .setParameter("mentors", MENTORS)
                        .setParameter("count", cap + BEYOND_CAP)
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
    void moreMatchesThanTheCapAnswerTheCapAsAnInexactTotal() {
        accounts.member()
                .as()
                .queryParam("q", tribe)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(cap))
                .body("totalExact", equalTo(false))
                .body("items", hasSize(20));
    }

    @Test
    void underTheCapTheTotalIsExact() {
        accounts.member()
                .as()
                .queryParam("q", tribe)
                .queryParam("canMentor", true)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(MENTORS))
                .body("totalExact", equalTo(true))
                .body("items", hasSize(MENTORS));
    }

    @Test
    void pagesBeyondTheCapStillAnswerTheirItemsAndTheLastOneKnowsTheTotal() {
        TestAccounts.Account viewer = accounts.member();
        int size = 20;
        int firstPageBeyondCap = cap / size + 1;
        int rowsAfterIt = cap + BEYOND_CAP - firstPageBeyondCap * size;
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("page", firstPageBeyondCap - 1)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items", hasSize(size))
                .body("totalExact", equalTo(false));
        // The last page is incomplete: the directory knows the total then.
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("page", firstPageBeyondCap)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items", hasSize(rowsAfterIt))
                .body("total", equalTo(cap + BEYOND_CAP))
                .body("totalExact", equalTo(true));
        // Past the end: an empty page, the total still unknown.
        viewer.as()
                .queryParam("q", tribe)
                .queryParam("page", firstPageBeyondCap + 1)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(cap))
                .body("totalExact", equalTo(false));
    }
}
