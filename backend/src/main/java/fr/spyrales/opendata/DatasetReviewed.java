package fr.spyrales.opendata;

import java.util.UUID;

/**
 * An animateur reviewed a dataset « à vérifier » (confirmed: VERIFIED, refused: REFUSED), or a re-check settled
 * one (VERIFIED or REFUSED). Fired synchronously once the change has committed, outside any transaction: an
 * observer that writes opens its own ({@code @Transactional}), and its failure cannot undo the review.
 *
 * @param note the animateur's note (required when refusing, may be null when confirming); for a re-check, the
 *     guard's reason
 * @param reviewerId the animateur, or null when a re-check settled it
 */
public record DatasetReviewed(UUID datasetId, DatasetState state, String note, UUID reviewerId) {}
