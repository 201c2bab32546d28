package fr.spyrales.matching;

import fr.spyrales.matching.engine.MatchingPool;
import java.util.List;
import java.util.UUID;

/**
 * A pool read from the database, with what turns its indexes back into members and names.
 *
 * @param skillCodes skill index → code
 * @param ministries ministry index → name ("Justice")
 * @param regionCodes region index → code ("OCC")
 * @param learningDeclared per mentee, whether the wanted skills come from the profile (else from low levels)
 */
record LoadedPool(
        MatchingPool pool,
        UUID[] menteeIds,
        UUID[] mentorIds,
        List<String> skillCodes,
        List<String> ministries,
        List<String> regionCodes,
        boolean[] learningDeclared) {}
