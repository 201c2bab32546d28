package fr.spyrales.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.project.ProjectFixtures.Team;
import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database's own backstops for the team rules, proven without the service: rows written straight in SQL, as a
 * bug in the service or a hand-made fix would write them.
 */
@QuarkusTest
class ProjectDatabaseRulesTest {
    @Inject
    ProjectFixtures fixtures;

    @Inject
    DirectDatabase database;

    @Test
    void theLastLeadCannotBeDemotedOrRemovedInSql() throws SQLException {
        Team team = fixtures.team(1, Map.of());
        try (Connection db = database.connect()) {
            assertEquals("project_keeps_a_lead", violated(() -> setRole(db, team.project(), team.lead(), "MEMBER")));
            assertEquals("project_keeps_a_lead", violated(() -> remove(db, team.project(), team.lead())));
        }
    }

    @Test
    void twoTransactionsDemotingTheTwoLeadsAtOnceCannotBothCommit() throws Exception {
        Team team = fixtures.team(1, Map.of());
        Account other = team.members().get(0);
        fixtures.promote(team.lead(), team.project(), other);
        try (Connection first = database.connect();
                Connection second = database.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            setRole(first, team.project(), team.lead(), "MEMBER");
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    setRole(second, team.project(), other, "MEMBER");
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            first.commit();
            ExecutionException failure =
                    assertThrows(ExecutionException.class, () -> waiting.get(30, TimeUnit.SECONDS));
            assertEquals(
                    "project_keeps_a_lead",
                    ((PSQLException) failure.getCause().getCause())
                            .getServerErrorMessage()
                            .getConstraint());
            second.rollback();
        }
    }

    @Test
    void theTeamCannotGrowPastItsMaximumInSql() throws SQLException {
        Team team = fixtures.team(1, Map.of("maxTeamSize", 2));
        try (Connection db = database.connect()) {
            assertEquals("project_team_size", violated(() -> {
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO project_member (project_id, member_id, role) VALUES (?, ?, 'MEMBER')")) {
                    insert.setObject(1, team.project());
                    insert.setObject(2, fixtures.member("Intrus").id());
                    insert.executeUpdate();
                }
            }));
            assertEquals("project_team_size", violated(() -> {
                try (PreparedStatement update =
                        db.prepareStatement("UPDATE project SET max_team_size = 1 WHERE id = ?")) {
                    update.setObject(1, team.project());
                    update.executeUpdate();
                }
            }));
        }
    }

    @Test
    void onlyHttpsAddressesAndAnAttestationAreStored() throws SQLException {
        UUID project = fixtures.create(fixtures.member("Claire"));
        try (Connection db = database.connect()) {
            assertEquals("project_repository_url_check", violated(() -> {
                try (PreparedStatement update =
                        db.prepareStatement("UPDATE project SET repository_url = 'http://exemple.fr' WHERE id = ?")) {
                    update.setObject(1, project);
                    update.executeUpdate();
                }
            }));
            assertEquals("project_deletion_recorded", violated(() -> {
                try (PreparedStatement update =
                        db.prepareStatement("UPDATE project SET deleted_at = now() WHERE id = ?")) {
                    update.setObject(1, project);
                    update.executeUpdate();
                }
            }));
        }
    }

    @Test
    void aProjectDeclaresADataGouvDatasetOnceAndAtMostTwentyDatasetsInSql() throws SQLException {
        UUID project = fixtures.create(fixtures.member("Claire"));
        try (Connection db = database.connect()) {
            link(db, project, dataset(db, "5e7e104ace2080d9162b61d8", "VERIFIED", null));
            UUID again = dataset(db, "5e7e104ace2080d9162b61d8", "VERIFIED", null);
            assertEquals("project_dataset_datagouv_key", violated(() -> link(db, project, again)));
            for (int i = 1; i < ProjectDatasets.MAX_DATASETS; i++) {
                link(db, project, dataset(db, null, "TO_REVIEW", "OUTSIDE"));
            }
            UUID oneMore = dataset(db, null, "TO_REVIEW", "OUTSIDE");
            assertEquals("project_dataset_ceiling", violated(() -> link(db, project, oneMore)));
        }
    }

    @Test
    void aDatasetToReviewSaysWhyAndOnlyThatOneDoes() throws SQLException {
        try (Connection db = database.connect()) {
            assertEquals("dataset_pending_when_to_review", violated(() -> dataset(db, null, "TO_REVIEW", null)));
            assertEquals("dataset_pending_when_to_review", violated(() -> dataset(db, null, "VERIFIED", "LICENCE")));
            assertEquals("dataset_state_check", violated(() -> dataset(db, null, "ACCEPTED", null)));
        }
    }

    private static UUID dataset(Connection db, String datagouvId, String state, String pending) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO dataset (id, datagouv_id, url, state, pending,"
                + " reason) VALUES (?, ?, 'https://www.insee.fr/fr/statistiques/1', ?, ?, 'Écrit en SQL.')")) {
            insert.setObject(1, id);
            insert.setString(2, datagouvId);
            insert.setString(3, state);
            insert.setString(4, pending);
            insert.executeUpdate();
        }
        return id;
    }

    private static void link(Connection db, UUID project, UUID dataset) throws SQLException {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO project_dataset (project_id, dataset_id) VALUES (?, ?)")) {
            insert.setObject(1, project);
            insert.setObject(2, dataset);
            insert.executeUpdate();
        }
    }

    private interface Write {
        void run() throws SQLException;
    }

    private static String violated(Write write) {
        PSQLException failure = assertThrows(PSQLException.class, write::run);
        return failure.getServerErrorMessage().getConstraint();
    }

    private static void setRole(Connection db, UUID project, Account member, String role) throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("UPDATE project_member SET role = ? WHERE project_id = ? AND member_id = ?")) {
            update.setString(1, role);
            update.setObject(2, project);
            update.setObject(3, member.id());
            update.executeUpdate();
        }
    }

    private static void remove(Connection db, UUID project, Account member) throws SQLException {
        try (PreparedStatement delete =
                db.prepareStatement("DELETE FROM project_member WHERE project_id = ? AND member_id = ?")) {
            delete.setObject(1, project);
            delete.setObject(2, member.id());
            delete.executeUpdate();
        }
    }
}
