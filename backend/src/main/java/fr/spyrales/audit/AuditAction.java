package fr.spyrales.audit;

/**
 * What the audit log records, each with its category and the French label admins and members read. The names are
 * stored (audit_event.action): rename none, add new ones at will.
 */
public enum AuditAction {
    // Security events: the account concerned is the event's subject.
    LOGIN(AuditCategory.SECURITY, "Connexion"),
    LOGOUT(AuditCategory.SECURITY, "Déconnexion"),
    PASSWORD_RESET_REQUESTED(AuditCategory.SECURITY, "Demande de réinitialisation du mot de passe"),
    PASSWORD_RESET(AuditCategory.SECURITY, "Mot de passe réinitialisé"),
    TOKEN_FAMILY_REVOKED(AuditCategory.SECURITY, "Session révoquée (jeton réutilisé)"),
    PERSONAL_DATA_EXPORTED(AuditCategory.SECURITY, "Export de mes données personnelles"),
    // Privileged actions.
    ROLE_GRANTED(AuditCategory.PRIVILEGED, "Rôle attribué"),
    ROLE_REVOKED(AuditCategory.PRIVILEGED, "Rôle retiré"),
    MEMBER_SUSPENDED(AuditCategory.PRIVILEGED, "Compte suspendu"),
    MEMBER_REINSTATED(AuditCategory.PRIVILEGED, "Suspension levée"),
    RESOURCE_REVIEWED(AuditCategory.PRIVILEGED, "Ressource modérée"),
    DATASET_REVIEWED(AuditCategory.PRIVILEGED, "Jeu de données vérifié"),
    REPORT_DECIDED(AuditCategory.PRIVILEGED, "Signalement traité"),
    COMMENT_MODERATED(AuditCategory.PRIVILEGED, "Commentaire supprimé par un animateur"),
    PROJECT_MODERATED(AuditCategory.PRIVILEGED, "Projet archivé ou supprimé par la modération"),
    MATCHING_RUN_CONFIRMED(AuditCategory.PRIVILEGED, "Appariements confirmés"),
    PARTNER_CLIENT_CHANGED(AuditCategory.PRIVILEGED, "Client partenaire modifié"),
    EXPORTED(AuditCategory.PRIVILEGED, "Export de données"),
    // Animation console
    REMINDER_SENT(AuditCategory.PRIVILEGED, "Relance envoyée depuis la console d'animation"),
    PAIRING_CLOSED(AuditCategory.PRIVILEGED, "Mentorat clos depuis la console d'animation"),
    PAIRING_REASSIGNED(AuditCategory.PRIVILEGED, "Mentorat réattribué à un autre mentor"),
    PROJECT_CLOSED(AuditCategory.PRIVILEGED, "Projet clos depuis la console d'animation"),
    PROJECT_LEAD_APPOINTED(AuditCategory.PRIVILEGED, "Responsable de projet désigné depuis la console");

    private final AuditCategory category;
    private final String label;

    AuditAction(AuditCategory category, String label) {
        this.category = category;
        this.label = label;
    }

    public AuditCategory category() {
        return category;
    }

    public String label() {
        return label;
    }
}
