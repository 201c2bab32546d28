package fr.spyrales.stats;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The statistics page's figures: each counts its rows (read as deltas, as other classes share the database), the
 * snapshot moves only when refreshed, small counts are never published, and who may read them.
 */
@QuarkusTest
class StatisticsTest {
    private static final List<String> SECTIONS = List.of("members", "mentorships", "projects", "events", "training");

    @Inject
    TestAccounts accounts;

    @Inject
    MentorshipFixtures pairings;

    @Inject
    PartnerFixtures partners;

    @Inject
    StatsRepository raw;

    @Inject
    StatsService stats;

    @Inject
    EntityManager em;

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private <T> T read(java.util.function.Supplier<T> figure) {
        return QuarkusTransaction.requiringNew().call(figure::get);
    }

    private static JsonPath section(String name) {
        return TestAccounts.anonymous()
                .get("/api/v1/stats/" + name)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Europe/Paris"));
    }

    @Test
    void membersAreCountedOnceConfirmedAndUntilErasedInEachBreakdown() {
        long total = read(raw::confirmedMembers);
        long inCorsica = read(raw::membersByRegion).getOrDefault("COR", 0L);
        long categoryC = read(raw::membersByCategory).getOrDefault("C", 0L);
        long deconcentrated = read(raw::membersByServiceType).getOrDefault("SERVICES_DECONCENTRES", 0L);
        long inCollectivities = read(raw::membersByOrganizationKind).getOrDefault("COLLECTIVITE", 0L);
        long joinedThisMonth = read(raw::membersConfirmedByMonth).getOrDefault(thisMonth(), 0L);

        List<UUID> counted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            counted.add(accounts.quickMember("Corinne", "Corse", m -> {}).id());
        }
        UUID unconfirmed = accounts.quickMember("Pas", "Confirmé", m -> m.emailVerifiedAt = null)
                .id();
        UUID erased = accounts.quickMember("Déjà", "Parti", m -> m.erasedAt = java.time.OffsetDateTime.now())
                .id();
        for (UUID id : List.of(counted.get(0), counted.get(1), counted.get(2), unconfirmed, erased)) {
            sql(
                    "UPDATE member SET region_code = 'COR', category = 'C', service_type = 'SERVICES_DECONCENTRES',"
                            + " organization_id = (SELECT id FROM organization WHERE kind = 'COLLECTIVITE' LIMIT 1)"
                            + " WHERE id = ?1",
                    id);
        }

        assertEquals(total + 3, read(raw::confirmedMembers));
        assertEquals(inCorsica + 3, read(raw::membersByRegion).get("COR"));
        assertEquals(categoryC + 3, read(raw::membersByCategory).get("C"));
        assertEquals(deconcentrated + 3, read(raw::membersByServiceType).get("SERVICES_DECONCENTRES"));
        assertEquals(inCollectivities + 3, read(raw::membersByOrganizationKind).get("COLLECTIVITE"));
        assertEquals(joinedThisMonth + 3, read(raw::membersConfirmedByMonth).get(thisMonth()));
    }

    @Test
    void pairingsCountWhenTheyStartAndWhenTheyComplete() {
        long started = read(raw::pairingsStartedByMonth).getOrDefault(thisMonth(), 0L);
        long completed = read(raw::pairingsCompletedByMonth).getOrDefault(thisMonth(), 0L);
        double[] feedback = read(raw::feedback);
        long sessions = read(raw::sessionsLogged);

        pairings.pairIn(MentorshipStatus.PENDING);
        pairings.pairIn(MentorshipStatus.DECLINED);
        pairings.pairIn(MentorshipStatus.ACCEPTED);
        Pair done = pairings.pairIn(MentorshipStatus.COMPLETED);
        sql(
                "INSERT INTO mentorship_feedback (mentorship_id, author_id, rating) VALUES (?1, ?2, 4), (?1, ?3, 5)",
                done.id(),
                done.mentee().id(),
                done.mentor().id());
        sql(
                "INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics)"
                        + " VALUES (gen_random_uuid(), ?1, current_date, 60, 'Premier script R')",
                done.id());

        assertEquals(started + 2, read(raw::pairingsStartedByMonth).get(thisMonth()), "accepted and completed");
        assertEquals(completed + 1, read(raw::pairingsCompletedByMonth).get(thisMonth()));
        double[] after = read(raw::feedback);
        assertEquals(feedback[0] + 2, after[0]);
        assertEquals((feedback[0] * feedback[1] + 9) / (feedback[0] + 2), after[1], 1e-9);
        assertEquals(sessions + 1, read(raw::sessionsLogged));
    }

    @Test
    void projectsCountByStateUnlessDeleted() {
        long inProgress = read(raw::projectsByStatus).getOrDefault("IN_PROGRESS", 0L);
        long done = read(raw::projectsByStatus).getOrDefault("DONE", 0L);
        Account lead = accounts.quickMember("Paula", "Projet", m -> {});
        String insert = "INSERT INTO project (id, title, summary, languages, status, created_by, attested_by,"
                + " attested_at, attestation_version, deleted_at, deleted_by)"
                + " VALUES (gen_random_uuid(), 'Tableau de bord', 'Un résumé', 'R', ?1, ?2, ?2, now(), 'v1', ?3, ?4)";
        sql(insert, "IN_PROGRESS", lead.id(), null, null);
        sql(insert, "IN_PROGRESS", lead.id(), null, null);
        sql(insert, "DONE", lead.id(), java.time.OffsetDateTime.now(), lead.id());

        assertEquals(inProgress + 2, read(raw::projectsByStatus).get("IN_PROGRESS"));
        assertEquals(done, read(raw::projectsByStatus).getOrDefault("DONE", 0L), "a deleted project is not counted");
    }

    @Test
    void eventsCountOnceHeldWithTheirConfirmedRegistrationsAndAttendances() {
        long workshops = read(raw::eventsHeldByType).getOrDefault("WORKSHOP", 0L);
        long[] registrations = read(raw::registrationsAndAttendances);
        String insert = "INSERT INTO event (id, title, type, starts_at, ends_at, online_url, language, status,"
                + " cancellation_reason, cancelled_at) VALUES (?1, 'Atelier Quarto', 'WORKSHOP', now() + ?2 * interval"
                + " '1 day', now() + ?2 * interval '1 day' + interval '2 hours', 'https://webinaire.numerique.gouv.fr/q',"
                + " 'R', ?3, ?4, ?5)";
        UUID held = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID upcoming = UUID.randomUUID();
        sql(insert, held, -10, "PLANNED", null, null);
        sql(insert, cancelled, -10, "CANCELLED", "Intervenant malade", java.time.OffsetDateTime.now());
        sql(insert, upcoming, 10, "PLANNED", null, null);
        String register = "INSERT INTO event_registration (event_id, member_id, status, confirmed_at, cancelled_at,"
                + " attended_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
        var now = java.time.OffsetDateTime.now();
        sql(register, held, accounts.quickMember("Ada", "Présente", m -> {}).id(), "CONFIRMED", now, null, now);
        sql(register, held, accounts.quickMember("Bea", "Absente", m -> {}).id(), "CONFIRMED", now, null, null);
        sql(register, held, accounts.quickMember("Cid", "Désinscrit", m -> {}).id(), "CANCELLED", null, now, null);
        sql(register, upcoming, accounts.quickMember("Dan", "Futur", m -> {}).id(), "CONFIRMED", now, null, null);

        assertEquals(workshops + 1, read(raw::eventsHeldByType).get("WORKSHOP"), "neither cancelled nor upcoming");
        long[] after = read(raw::registrationsAndAttendances);
        assertEquals(registrations[0] + 2, after[0]);
        assertEquals(registrations[1] + 1, after[1]);
    }

    @Test
    void trainingCountsPublishedResourcesTheirCompletionsAndPathFollowers() {
        long videos = read(raw::publishedResourcesByType).getOrDefault("VIDEO", 0L);
        long done = read(raw::resourcesDone);
        long paths = read(raw::publishedPaths);
        long followers = read(raw::membersFollowingAPath);
        String resource = "INSERT INTO training_resource (id, title, url, normalized_url, type, programming_language,"
                + " level, topics, content_language, free, status, published_at) VALUES (?1, 'Vidéo ggplot2', ?2, ?2,"
                + " 'VIDEO', 'R', 'BEGINNER', '{dataviz}', 'FR', true, ?3, ?4)";
        UUID published = UUID.randomUUID();
        UUID proposed = UUID.randomUUID();
        sql(resource, published, "https://videos.exemple.fr/" + published, "PUBLISHED", java.time.OffsetDateTime.now());
        sql(resource, proposed, "https://videos.exemple.fr/" + proposed, "PROPOSED", null);
        Account learner = accounts.quickMember("Lou", "Apprenante", m -> {});
        Account other = accounts.quickMember("Max", "Apprenant", m -> {});
        sql("INSERT INTO training_resource_done (resource_id, member_id) VALUES (?1, ?2)", published, learner.id());
        sql("INSERT INTO training_resource_done (resource_id, member_id) VALUES (?1, ?2)", proposed, learner.id());
        UUID path = UUID.randomUUID();
        UUID secondPath = UUID.randomUUID();
        String insertPath = "INSERT INTO learning_path (id, title, goal, level, programming_language, skills, status,"
                + " published_at) VALUES (?1, 'Débuter en R', 'Écrire un script', 'BEGINNER', 'R', '{r}', 'PUBLISHED',"
                + " now())";
        sql(insertPath, path);
        sql(insertPath, secondPath);
        sql(
                "INSERT INTO learning_path_follow (path_id, member_id) VALUES (?1, ?2), (?3, ?2), (?1, ?4)",
                path,
                learner.id(),
                secondPath,
                other.id());

        assertEquals(videos + 1, read(raw::publishedResourcesByType).get("VIDEO"));
        assertEquals(done + 1, read(raw::resourcesDone), "only published resources");
        assertEquals(paths + 2, read(raw::publishedPaths));
        assertEquals(followers + 2, read(raw::membersFollowingAPath), "a member following two paths counts once");
    }

    @Test
    void thePageShowsTheLastRefreshNotTheLiveCount() {
        for (int i = 0; i < 5; i++) {
            accounts.quickMember("Nina", "Nouvelle", m -> {});
        }
        stats.refresh();
        JsonPath before = section("members");
        Long total = before.getLong("total.value");
        assertEquals(read(raw::confirmedMembers), total, "the test database has more than 5 members by now");
        assertEquals("PUBLISHED", before.getString("overTime[-1].status"));
        assertEquals(total, before.getLong("overTime[-1].value"), "the series ends on the total");

        accounts.quickMember("Omar", "Ultérieur", m -> {});
        assertEquals(total, section("members").getLong("total.value"), "not before the next refresh");

        stats.refresh();
        JsonPath after = section("members");
        assertEquals(total + 1, after.getLong("total.value"));
        assertNotEquals(null, after.getString("refreshedAt"));
    }

    @Test
    void withSeveralInstancesTheScheduledRefreshComputesOncePerPeriod() throws Exception {
        stats.refresh();
        accounts.quickMember("Paul", "Planifié", m -> {});
        long shown = section("members").getLong("total.value");

        assertFalse(stats.refreshUnlessRecent(Duration.ofHours(1)), "another instance refreshed within the period");
        assertEquals(shown, section("members").getLong("total.value"));

        // An instance computing holds the lock: another one due at the same moment leaves it to it.
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            boolean computedMeanwhile = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('spyrales.stats.refresh', 0))")
                        .getSingleResult();
                return otherInstance
                        .submit(() -> stats.refreshUnlessRecent(Duration.ZERO))
                        .get(30, TimeUnit.SECONDS);
            });
            assertFalse(computedMeanwhile);
        } finally {
            otherInstance.shutdown();
        }

        assertTrue(stats.refreshUnlessRecent(Duration.ZERO));
        assertEquals(shown + 1, section("members").getLong("total.value"));
    }

    @Test
    void aMonthWithFewerThanFivePairingsStartedIsShownAsLessThanFive() {
        YearMonth month = quietestMonth();
        long already = read(raw::pairingsStartedByMonth).getOrDefault(month, 0L);
        List<UUID> moved = new ArrayList<>();
        try {
            while (moved.size() + already < 2) {
                moved.add(startIn(month));
            }
            stats.refresh();
            Map<String, Object> cell = cellOf(section("mentorships").getList("startedByMonth"), month);
            assertEquals("LESS_THAN_FIVE", cell.get("status"), cell.toString());
            assertNull(cell.get("value"));

            while (moved.size() + already < 5) {
                moved.add(startIn(month));
            }
            stats.refresh();
            cell = cellOf(section("mentorships").getList("startedByMonth"), month);
            assertEquals("PUBLISHED", cell.get("status"));
            assertEquals(5, ((Number) cell.get("value")).intValue());
            assertEquals(StatsLabels.month(month), cell.get("label"));
        } finally {
            // Give the month back to the next run: the pairings started now.
            moved.forEach(id -> sql("UPDATE mentorship SET started_at = now() WHERE id = ?1", id));
        }
    }

    @Test
    void noPublishedCellIsUnderFiveAndASmallCellNeverStandsAloneBesideItsTotal() {
        accounts.quickMember("Rita", "Rare", m -> {});
        stats.refresh();
        for (String name : SECTIONS) {
            JsonPath body = section(name);
            List<Map<String, Object>> cells = new ArrayList<>();
            collectCells(body.get(), cells);
            assertTrue(cells.size() > 3, name);
            for (Map<String, Object> cell : cells) {
                Object value = cell.get("value");
                if ("PUBLISHED".equals(cell.get("status"))) {
                    assertTrue(((Number) value).longValue() >= 5, name + " publishes " + cell);
                } else {
                    assertNull(value, name + " hides " + cell);
                }
            }
        }
        JsonPath members = section("members");
        for (String breakdown : List.of("byOrganizationKind", "byCategory", "byServiceType", "byRegion")) {
            List<Map<String, Object>> cells = members.getList(breakdown);
            long hidden = cells.stream().filter(c -> c.get("value") == null).count();
            assertNotEquals(1L, hidden, breakdown + " hides a single cell beside the published total: " + cells);
        }
        Map<String, Long> regions = read(raw::membersByRegion);
        for (Map<String, Object> cell : members.<Map<String, Object>>getList("byRegion")) {
            String key = (String) cell.get("key");
            long count = regions.getOrDefault("NON_RENSEIGNE".equals(key) ? "" : key, 0L);
            if (count < 5) {
                assertEquals("LESS_THAN_FIVE", cell.get("status"), key);
            } else if ("PUBLISHED".equals(cell.get("status"))) {
                assertEquals(count, ((Number) cell.get("value")).longValue(), key);
            }
        }
    }

    @Test
    void visitorsAndPartnersHoldingStatsReadGetTheFiguresOtherPartnersDoNot() {
        String allowed = partners.token(partners.create(Set.of(PartnerScopes.STATS_READ)));
        String other = partners.token(partners.create(Set.of(PartnerScopes.EVENTS_READ)));
        for (String name : SECTIONS) {
            String path = "/api/v1/stats/" + name;
            TestAccounts.anonymous().get(path).then().statusCode(200);
            TestAccounts.anonymous()
                    .header("Authorization", "Bearer " + allowed)
                    .get(path)
                    .then()
                    .statusCode(200);
            TestAccounts.anonymous()
                    .header("Authorization", "Bearer " + other)
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType(containsString("application/problem+json"));
        }
    }

    /** The month of the window (not the current one) with the fewest pairings started. */
    private YearMonth quietestMonth() {
        Map<YearMonth, Long> started = read(raw::pairingsStartedByMonth);
        YearMonth quietest = null;
        for (int i = 1; i < StatsService.MONTHS; i++) {
            YearMonth month = thisMonth().minusMonths(i);
            if (quietest == null || started.getOrDefault(month, 0L) < started.getOrDefault(quietest, 0L)) {
                quietest = month;
            }
        }
        assertTrue(started.getOrDefault(quietest, 0L) < 2, "a month of the window with fewer than 2 pairings");
        return quietest;
    }

    private UUID startIn(YearMonth month) {
        UUID id = pairings.pairIn(MentorshipStatus.ACCEPTED).id();
        sql(
                "UPDATE mentorship SET started_at = (?1 || '-15 12:00 Europe/Paris')::timestamptz WHERE id = ?2",
                month.toString(),
                id);
        return id;
    }

    private static Map<String, Object> cellOf(List<Map<String, Object>> cells, YearMonth month) {
        return cells.stream()
                .filter(c -> month.toString().equals(c.get("key")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell for " + month + " in " + cells));
    }

    @SuppressWarnings("unchecked")
    private static void collectCells(Object node, List<Map<String, Object>> cells) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("status") && map.containsKey("key")) {
                cells.add((Map<String, Object>) map);
            } else {
                map.values().forEach(v -> collectCells(v, cells));
            }
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectCells(v, cells));
        }
    }
}
