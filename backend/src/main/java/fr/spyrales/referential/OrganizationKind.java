package fr.spyrales.referential;

public enum OrganizationKind {
    MINISTERE,
    DIRECTION,
    OPERATEUR,
    SERVICE_DECONCENTRE,
    COLLECTIVITE,
    AUTRE
}
