package fr.spyrales.referential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.stream.Collectors;

@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    /** "OCC" → "Occitanie", for every region. */
    public static Map<String, String> namesByCode() {
        return Region.<Region>listAll().stream().collect(Collectors.toMap(r -> r.code, r -> r.name));
    }
}
