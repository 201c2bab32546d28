package fr.spyrales.matching.engine;

/**
 * For each mentee, its best acceptable mentors, best first (ties: lower mentor index first).
 * Two parallel arrays per mentee, never one object per pair.
 */
public record Candidates(int[][] mentors, int[][] scores) {

    public int menteeCount() {
        return mentors.length;
    }

    public long arcCount() {
        long arcs = 0;
        for (int[] row : mentors) {
            arcs += row.length;
        }
        return arcs;
    }
}
