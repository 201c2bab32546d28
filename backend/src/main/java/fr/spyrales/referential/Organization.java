package fr.spyrales.referential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {
    @Id
    public UUID id;

    public String name;

    public String acronym;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    public String ministry;
}
