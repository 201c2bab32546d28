package fr.spyrales.referential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
}
