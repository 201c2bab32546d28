package fr.spyrales.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pauses and date changes can repeat without end: a pairing's view carries its latest 50 changes and their total. */
@QuarkusTest
class HistoryCeilingTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    private static JsonPath view(Pair pair) {
        return pair.mentee()
                .as()
                .get("/api/v1/mentorships/" + pair.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theViewCarriesTheLatestFiftyChangesOldestFirstAndHowManyThereAre() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        // 60 date changes after the request and the acceptance, one second apart.
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                        INSERT INTO mentorship_event (id, mentorship_id, from_status, to_status, reason, comment, occurred_at)
                        SELECT gen_random_uuid(), :id, 'ACCEPTED', 'ACCEPTED', 'END_DATE_CHANGED', 'Changement ' || n,
                               now() + make_interval(secs => n) FROM generate_series(1, 60) n""").setParameter("id", pair.id()).executeUpdate());

        JsonPath view = view(pair);

        assertEquals(62, view.getInt("historyTotal"));
        assertEquals(
                IntStream.rangeClosed(11, 60).mapToObj(n -> "Changement " + n).toList(),
                view.getList("history.comment"));
    }

    @Test
    void aShortHistoryIsWholeAndItsTotalIsItsLength() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PAUSED);

        JsonPath view = view(pair);

        assertEquals(List.of("PENDING", "ACCEPTED", "PAUSED"), view.getList("history.toStatus"));
        assertEquals(3, view.getInt("historyTotal"));
    }
}
