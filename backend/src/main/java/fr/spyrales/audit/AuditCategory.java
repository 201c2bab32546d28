package fr.spyrales.audit;

/** Security events concern an account (a member sees his own); privileged actions are those of animateurs and admins. */
public enum AuditCategory {
    SECURITY,
    PRIVILEGED
}
