package fr.spyrales.security;

import java.util.List;
import java.util.Random;

/**
 * The ways the fuzzer breaks a valid request, and how often each is drawn: in one part of the body
 * ({@link FuzzBodyAttacks}), in the body as a whole ({@link FuzzPayloadAttacks}), in the path, query and headers
 * ({@link FuzzRequestAttacks}). Each attack says what it did in {@link FuzzDraft#attack}, and declines (returns
 * false) when the request has nothing it could break. A seed replays the same requests as long as this table and
 * the catalogue of {@link FuzzHostileValues} are unchanged.
 */
final class FuzzAttacks {
    interface Attack {
        boolean apply(FuzzDraft draft, Random random, FuzzWorld world);
    }

    private record Weighted(int weight, Attack attack) {}

    private static final List<Weighted> ATTACKS = List.of(
            new Weighted(12, FuzzAttacks::valid),
            new Weighted(8, FuzzBodyAttacks::wrongType),
            new Weighted(5, FuzzBodyAttacks::missingField),
            new Weighted(3, FuzzBodyAttacks::nullValue),
            new Weighted(4, FuzzBodyAttacks::extraField),
            new Weighted(8, FuzzBodyAttacks::hostileString),
            new Weighted(5, FuzzBodyAttacks::longString),
            new Weighted(5, FuzzBodyAttacks::hostileScalar),
            new Weighted(3, FuzzBodyAttacks::deepNesting),
            new Weighted(3, FuzzBodyAttacks::bigArray),
            new Weighted(3, FuzzBodyAttacks::duplicateItem),
            new Weighted(4, FuzzBodyAttacks::invalidUtf8),
            new Weighted(3, FuzzPayloadAttacks::duplicateKey),
            new Weighted(6, FuzzPayloadAttacks::rawBody),
            new Weighted(3, FuzzPayloadAttacks::trailingOrTruncated),
            new Weighted(3, FuzzPayloadAttacks::strangeEncoding),
            new Weighted(5, FuzzPayloadAttacks::contentType),
            new Weighted(2, FuzzPayloadAttacks::noBody),
            new Weighted(10, FuzzRequestAttacks::pathId),
            new Weighted(8, FuzzRequestAttacks::queryValue),
            new Weighted(3, FuzzRequestAttacks::queryShape),
            new Weighted(4, FuzzRequestAttacks::authorization),
            new Weighted(1, FuzzRequestAttacks::forwardedFor),
            new Weighted(2, FuzzRequestAttacks::cookie),
            new Weighted(3, FuzzPayloadAttacks::unexpectedBody));
    private static final int TOTAL = ATTACKS.stream().mapToInt(Weighted::weight).sum();

    private FuzzAttacks() {}

    /** One attack that applies to this request (a valid request when none does). */
    static void applyOne(FuzzDraft draft, Random random, FuzzWorld world) {
        for (int tries = 0; tries < 30; tries++) {
            int draw = random.nextInt(TOTAL);
            for (Weighted w : ATTACKS) {
                draw -= w.weight();
                if (draw < 0) {
                    if (w.attack().apply(draft, random, world)) {
                        return;
                    }
                    break;
                }
            }
        }
    }

    private static boolean valid(FuzzDraft draft, Random random, FuzzWorld world) {
        return true;
    }
}
