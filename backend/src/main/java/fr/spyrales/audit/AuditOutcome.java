package fr.spyrales.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
