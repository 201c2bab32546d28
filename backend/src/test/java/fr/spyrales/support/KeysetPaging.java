package fr.spyrales.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Walks a list page by page, by number and by the `after` cursor, to compare the two (keyset paging, {@code
 * common/KeysetOrder}). The request supplier sets the caller, the filters and the sort, never the paging.
 */
public final class KeysetPaging {
    private static final int MAX_PAGES = 500;

    private KeysetPaging() {}

    /** The ids of every page read by number, until the first page that is not full. */
    public static List<String> idsByPage(Supplier<RequestSpecification> request, String path, int size) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            List<String> items =
                    read(request.get().queryParam("page", page), path, size).getList("items.id");
            ids.addAll(items);
            if (items.size() < size) {
                return ids;
            }
        }
        return fail("more than " + MAX_PAGES + " pages");
    }

    /**
     * The ids of every page read by cursor, from page 0 until a page without `next`; each page but the last is full,
     * and the last one says `next` null.
     */
    public static List<String> idsByCursor(Supplier<RequestSpecification> request, String path, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RequestSpecification spec = request.get();
            if (after != null) {
                spec.queryParam("after", after);
            }
            JsonPath body = read(spec, path, size);
            List<String> items = body.getList("items.id");
            ids.addAll(items);
            after = body.getString("next");
            if (after == null) {
                return ids;
            }
            assertEquals(size, items.size(), "a page with a next page is full");
            assertEquals(0, body.getInt("page"), "a page read by cursor says page 0");
        }
        return fail("more than " + MAX_PAGES + " pages");
    }

    /** Both walks: the same ids in the same order, each once; answers them. */
    public static List<String> sameByPageAndByCursor(Supplier<RequestSpecification> request, String path, int size) {
        List<String> byPage = idsByPage(request, path, size);
        List<String> byCursor = idsByCursor(request, path, size);
        assertEquals(byPage, byCursor, "paging by cursor reads the rows of paging by number, in the same order");
        assertEquals(byCursor.size(), new HashSet<>(byCursor).size(), "each row once");
        return byCursor;
    }

    /** The `next` cursor of the page at this number. */
    public static String nextOf(RequestSpecification request, String path, int page, int size) {
        return read(request.queryParam("page", page), path, size).getString("next");
    }

    /** The cursor is refused: a 400 problem on the parameter `after`, in French. */
    public static void refused(RequestSpecification request, String path, String after) {
        request.queryParam("after", after)
                .get(path)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("after"));
    }

    private static JsonPath read(RequestSpecification request, String path, int size) {
        return request.queryParam("size", size)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
