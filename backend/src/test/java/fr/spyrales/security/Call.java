package fr.spyrales.security;

import fr.spyrales.support.TestAccounts.Account;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a caller sends to exercise one operation in a prepared context.
 *
 * @param caller null for an anonymous call
 * @param afterwards run once the answer is in, whatever it is: waits for background work the call started, so
 *     that the next case starts from a quiet application
 */
public record Call(
        Account caller,
        Map<String, Object> path,
        Map<String, Object> query,
        Object body,
        Consumer<Response> afterwards,
        Map<String, String> form) {

    public Call(
            Account caller,
            Map<String, Object> path,
            Map<String, Object> query,
            Object body,
            Consumer<Response> afterwards) {
        this(caller, path, query, body, afterwards, null);
    }

    public static Call by(Account caller) {
        return new Call(caller, Map.of(), Map.of(), null, response -> {});
    }

    /** A form body (application/x-www-form-urlencoded) in place of JSON: the OAuth 2.0 token endpoint reads one. */
    public Call form(Map<String, String> fields) {
        return new Call(caller, path, query, null, afterwards, Map.copyOf(fields));
    }

    public Call path(String name, Object value) {
        return new Call(caller, with(path, name, value), query, body, afterwards, form);
    }

    public Call query(String name, Object value) {
        return new Call(caller, path, with(query, name, value), body, afterwards, form);
    }

    public Call body(Object value) {
        return new Call(caller, path, query, value, afterwards, form);
    }

    public Call afterwards(Consumer<Response> then) {
        return new Call(caller, path, query, body, afterwards.andThen(then), form);
    }

    private static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return Map.copyOf(copy);
    }
}
