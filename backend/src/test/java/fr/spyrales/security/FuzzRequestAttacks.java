package fr.spyrales.security;

import static fr.spyrales.security.FuzzHostileValues.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Attacks on the rest of the request: path identifiers, query parameters, credentials and proxy headers. */
final class FuzzRequestAttacks {
    private FuzzRequestAttacks() {}

    static boolean pathId(FuzzDraft draft, Random random, FuzzWorld world) {
        if (draft.pathValues.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(draft.pathValues.keySet());
        String name = names.get(random.nextInt(names.size()));
        String value = switch (random.nextInt(4)) {
            case 0 -> FuzzValidInput.uuid(random).toString();
            case 1 -> pick(uuidLike(world), random).replace("\"", "");
            default -> pick(FuzzHostileValues.IDS, random);
        };
        draft.pathValues.put(name, value);
        draft.leavesOperation = FuzzHostileValues.leavesRoute(value);
        draft.attack = "path " + name + " = " + value;
        return true;
    }

    static boolean queryValue(FuzzDraft draft, Random random, FuzzWorld world) {
        List<String> names =
                draft.operation.in("query").stream().map(p -> p.name()).toList();
        if (names.isEmpty()) {
            return false;
        }
        String name = names.get(random.nextInt(names.size()));
        String value = switch (random.nextInt(6)) {
            case 0 -> FuzzDraft.encode(pick(FuzzHostileValues.STRINGS, random));
            case 1 -> pick(FuzzHostileValues.IDS, random);
            case 2 ->
                FuzzHostileValues.withinUrlLimit(FuzzDraft.encode(FuzzHostileValues.longString(
                        List.of(10, 40, 100, 200, 3_000).get(random.nextInt(5)), random)));
            default -> pick(FuzzHostileValues.QUERY_SCALARS, random);
        };
        draft.query.removeIf(p -> p[0].equals(name));
        draft.query.add(new String[] {name, value});
        draft.attack = "query " + name + " = "
                + (value.length() > 80 ? value.substring(0, 80) + "… (" + value.length() + ")" : value);
        return true;
    }

    static boolean queryShape(FuzzDraft draft, Random random, FuzzWorld world) {
        switch (random.nextInt(4)) {
            case 0 -> {
                if (draft.query.isEmpty()) {
                    return false;
                }
                String[] first = draft.query.get(0);
                draft.query.add(new String[] {first[0], pick(FuzzHostileValues.QUERY_SCALARS, random)});
                draft.attack = "query " + first[0] + " repeated";
            }
            case 1 -> {
                if (draft.query.isEmpty()) {
                    return false;
                }
                String[] dropped = draft.query.remove(random.nextInt(draft.query.size()));
                draft.attack = "query " + dropped[0] + " left out";
            }
            case 2 -> {
                if (draft.query.isEmpty()) {
                    return false;
                }
                String name = draft.query.get(0)[0];
                draft.query.set(0, new String[] {name});
                draft.attack = "query " + name + " without a value";
            }
            default -> {
                String[] extra = pick(
                                List.of(
                                        "foo=bar",
                                        "page[]=1",
                                        "__proto__=x",
                                        "%00=1",
                                        "=1",
                                        "a=%00",
                                        "size=1&size=100",
                                        "sort=" + "x".repeat(500),
                                        "id=1",
                                        "role=admin"),
                                random)
                        .split("=", 2);
                draft.query.add(extra);
                draft.attack = "extra query " + String.join("=", extra);
            }
        }
        return true;
    }

    static boolean authorization(FuzzDraft draft, Random random, FuzzWorld world) {
        String current = draft.headers.get("Authorization");
        String value;
        if (current != null && random.nextBoolean()) {
            char[] token = current.toCharArray();
            int at = current.length() - 1 - random.nextInt(20);
            token[at] = token[at] == 'A' ? 'B' : 'A';
            value = new String(token);
        } else {
            value = pick(FuzzHostileValues.AUTHORIZATIONS, random);
        }
        draft.headers.put("Authorization", value);
        draft.attack = "Authorization: " + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
        return true;
    }

    static boolean forwardedFor(FuzzDraft draft, Random random, FuzzWorld world) {
        String value = pick(FuzzHostileValues.FORWARDED_FOR, random);
        draft.headers.put("X-Forwarded-For", value);
        draft.attack = "X-Forwarded-For: " + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
        return true;
    }

    static boolean cookie(FuzzDraft draft, Random random, FuzzWorld world) {
        String value = pick(
                List.of(
                        "spyrales_refresh=",
                        "spyrales_refresh=x",
                        "spyrales_refresh=" + "a".repeat(5_000),
                        "spyrales_refresh=%00",
                        "spyrales_refresh=a; spyrales_refresh=b",
                        "=;;=",
                        "spyrales_refresh=\"x\""),
                random);
        draft.headers.put("Cookie", value);
        draft.attack = "Cookie: " + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
        return true;
    }

    /** Identifiers that parse, or almost: of another kind of thing, all zeros, one character short. */
    static List<String> uuidLike(FuzzWorld world) {
        List<String> values = new ArrayList<>();
        world.ids().values().forEach(ids -> ids.forEach(id -> values.add("\"" + id + "\"")));
        values.add("\"00000000-0000-0000-0000-000000000000\"");
        values.add("\"" + UUID.nameUUIDFromBytes(new byte[0]).toString().substring(1) + "\"");
        values.add("\"" + UUID.nameUUIDFromBytes(new byte[0]).toString().toUpperCase() + "\"");
        values.add("\"not-a-uuid\"");
        values.add("\"\"");
        return values;
    }
}
