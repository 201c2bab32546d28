package fr.spyrales.training.library;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each skill's bit in a published resource's {@code topic_bits} (V20, {@code skill.search_bit}): the search filters
 * and counts topics with integer tests.
 */
record TopicBits(SortedMap<Integer, String> topicsByBit, Map<String, Integer> bitsByTopic) {
    static TopicBits read(AgroalDataSource dataSource) {
        SortedMap<Integer, String> topics = new TreeMap<>();
        Map<String, Integer> bits = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT search_bit, code FROM skill")) {
            while (rows.next()) {
                topics.put(rows.getInt(1), rows.getString(2));
                bits.put(rows.getString(2), rows.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the skills' search bits failed", e);
        }
        return new TopicBits(Collections.unmodifiableSortedMap(topics), Map.copyOf(bits));
    }

    /** The bits in use, in order. */
    Collection<Integer> used() {
        return topicsByBit.keySet();
    }

    String topic(int bit) {
        return topicsByBit.get(bit);
    }

    /** The bits of the topics, an unknown one matching nothing. */
    long mask(Collection<String> topics) {
        long mask = 0;
        for (String topic : topics) {
            Integer bit = bitsByTopic.get(topic);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }
}
