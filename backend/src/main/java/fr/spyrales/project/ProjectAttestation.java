package fr.spyrales.project;

/** The open-data attestation a creator accepts, and the version of its text that is stored with it. */
final class ProjectAttestation {
    static final String VERSION = "2026-11-v1";
    static final String TEXT = "uniquement des données ouvertes, aucune donnée confidentielle ou personnelle";

    private ProjectAttestation() {}
}
