package fr.spyrales.referential;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SkillRepository implements PanacheRepositoryBase<Skill, String> {

    /** Skills by code: the referential is a few dozen rows, read in one query. */
    public Map<String, Skill> byCode() {
        return listAll().stream().collect(Collectors.toMap(s -> s.code, Function.identity()));
    }
}
