package fr.spyrales.training.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts run on connections of their own, through JDBC: their named parameters become positional ones. */
class ResourceSearchSqlTest {

    @Test
    void eachNamedParameterBecomesOnePlaceholderPerValueInOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tsq", "econometrie");
        params.put("type", List.of("COURSE", "BOOK"));
        params.put("topic", List.of("r"));
        List<Object> values = new ArrayList<>();

        String sql = ResourceSearchRepository.positional(
                "SELECT 1 FROM r, directory_tsquery(:tsq) AS tsq WHERE r.type IN (:type)"
                        + " AND r.topics && CAST(ARRAY[:topic] AS text[]) AND r.free AND r.level::text = 'X'",
                params,
                values);

        assertEquals(
                "SELECT 1 FROM r, directory_tsquery(?) AS tsq WHERE r.type IN (?, ?)"
                        + " AND r.topics && CAST(ARRAY[?] AS text[]) AND r.free AND r.level::text = 'X'",
                sql);
        assertEquals(List.of("econometrie", "COURSE", "BOOK", "r"), values);
    }

    @Test
    void aParameterWithoutValueIsRefusedRatherThanSentAsNull() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ResourceSearchRepository.positional("WHERE r.level IN (:level)", Map.of(), new ArrayList<>()));
    }
}
