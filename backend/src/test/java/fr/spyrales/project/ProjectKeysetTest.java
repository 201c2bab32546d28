package fr.spyrales.project;

import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static fr.spyrales.support.KeysetPaging.nextOf;
import static fr.spyrales.support.KeysetPaging.refused;
import static fr.spyrales.support.KeysetPaging.sameByPageAndByCursor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keyset paging of the project list (`after`): the rows of paging by number, in every order; bad cursors are 400s. */
@QuarkusTest
class ProjectKeysetTest {
    @Inject
    ProjectFixtures fixtures;

    @Test
    void walkingByCursorReadsEachProjectOnceInTheOrderOfPagingByNumberForEverySort() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
        Account lead = fixtures.member("Inès");
        // Two titles shared by several projects (title ties), the word twice in some (rank ties and differences).
        for (int i = 0; i < 7; i++) {
            String title = (i % 2 == 0 ? "Tableau " : "Carte ") + word + (i % 3 == 0 ? " " + word : "");
            fixtures.create(lead, Map.of("title", title));
        }
        Account reader = fixtures.member("Paul");
        for (String sort : List.of("relevance", "title,asc", "title,desc", "createdAt,asc", "createdAt,desc")) {
            List<String> ids = sameByPageAndByCursor(
                    () -> reader.as().queryParam("q", word).queryParam("sort", sort), PROJECTS, 2);
            assertEquals(7, ids.size(), sort);
        }
        String next = nextOf(reader.as().queryParam("q", word).queryParam("sort", "title,asc"), PROJECTS, 0, 2);
        refused(reader.as().queryParam("q", word).queryParam("sort", "createdAt,asc"), PROJECTS, next);
        refused(
                reader.as()
                        .queryParam("q", word)
                        .queryParam("sort", "title,asc")
                        .queryParam("page", 2),
                PROJECTS,
                next);
        refused(reader.as(), PROJECTS, "eyJvIjoicHJvamVjdHM6Y3JlYXRlZEF0LGRlc2MifQ");
    }
}
