package fr.spyrales.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The `after` cursor of keyset paging: base64url (no padding) of {@code {"o":"<order>","k":["<key>",…,"<id>"]}}, the
 * sort keys of the last row of a page. It is only a position in a list: a page after it applies the same filters and
 * the same access as any page, so a forged cursor shows nothing that paging would not. It is read strictly: another
 * order's cursor, a missing or extra member, a value of the wrong form is a 400 on {@code after}, never a failed query.
 */
public final class PageCursor {
    public static final String PARAMETER = "after";
    /** Far above any real cursor (a name of a few hundred characters, a date, an id). */
    static final int MAX_LENGTH = 2048;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PageCursor() {}

    static String encode(String order, List<String> keys) {
        ObjectNode cursor = JSON.createObjectNode();
        cursor.put("o", order);
        ArrayNode values = cursor.putArray("k");
        keys.forEach(values::add);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(cursor));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cursor's keys, as written; refused unless it is a well-formed cursor of {@code order}. */
    static List<String> decode(String cursor, String order) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
        if (node == null
                || !node.isObject()
                || node.size() != 2
                || !node.path("o").isTextual()
                || !node.path("k").isArray()) {
            throw invalid();
        }
        if (!node.get("o").textValue().equals(order)) {
            throw ApiException.invalidField(
                    PARAMETER, "Ce curseur appartient à une autre liste ou à un autre tri : repartez de la page 0.");
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode key : node.get("k")) {
            if (!key.isTextual()) {
                throw invalid();
            }
            keys.add(key.textValue());
        }
        return keys;
    }

    static ApiException invalid() {
        return ApiException.invalidField(
                PARAMETER,
                "Curseur de page invalide : utilisez la valeur `next` d'une page précédente, sans la modifier.");
    }
}
