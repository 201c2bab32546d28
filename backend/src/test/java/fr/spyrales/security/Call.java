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
 * @param cookies sent as a browser would
 * @param afterwards run once the answer is in, whatever it is: waits for background work the call started, so
 *     that the next case starts from a quiet application
 * @param form a form body (application/x-www-form-urlencoded) in place of JSON, or null
 */
public record Call(
        Account caller,
        Map<String, Object> path,
        Map<String, Object> query,
        Object body,
        Map<String, Object> cookies,
        Consumer<Response> afterwards,
        Map<String, String> form) {

    public static Call by(Account caller) {
        return new Call(caller, Map.of(), Map.of(), null, Map.of(), response -> {}, null);
    }

    /** The same call sent by someone else. */
    public Call sentBy(Account other) {
        return new Call(other, path, query, body, cookies, afterwards, form);
    }

    /** A form body in place of JSON: the OAuth 2.0 token endpoint reads one. */
    public Call form(Map<String, String> fields) {
        return new Call(caller, path, query, null, cookies, afterwards, Map.copyOf(fields));
    }

    public Call path(String name, Object value) {
        return new Call(caller, with(path, name, value), query, body, cookies, afterwards, form);
    }

    public Call query(String name, Object value) {
        return new Call(caller, path, with(query, name, value), body, cookies, afterwards, form);
    }

    public Call body(Object value) {
        return new Call(caller, path, query, value, cookies, afterwards, form);
    }

    /** A cookie the browser holds (the state of a sign-in with ProConnect). */
    public Call cookie(String name, Object value) {
        return new Call(caller, path, query, body, with(cookies, name, value), afterwards, form);
    }

    public Call afterwards(Consumer<Response> then) {
        return new Call(caller, path, query, body, cookies, afterwards.andThen(then), form);
    }

    private static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return Map.copyOf(copy);
    }
}
