package fr.spyrales.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a dataset « à vérifier » waits for a person. */
@Schema(
        name = "DatasetPending",
        description = "Pourquoi un jeu de données attend une vérification : UNREACHABLE, data.gouv.fr n'a pas répondu"
                + " (une nouvelle vérification se fera automatiquement) ; LICENCE, une licence rédigée par le"
                + " producteur qu'une personne doit lire ; OUTSIDE, un jeu de données publié hors de data.gouv.fr.")
public enum DatasetPending {
    /** data.gouv.fr did not answer: the re-check job asks again until it does. */
    UNREACHABLE,
    /** A licence a person must read (other-open, other-pd, other-at, or one the rule does not know). */
    LICENCE,
    /** Published outside data.gouv.fr: nothing can tell automatically that it is open. */
    OUTSIDE
}
