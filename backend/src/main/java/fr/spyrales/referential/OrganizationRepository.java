package fr.spyrales.referential;

import fr.spyrales.common.LikePattern;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** By name; with words, those whose name or acronym contains them (accents and case ignored). */
    PanacheQuery<Organization> search(String q) {
        return q == null || q.isBlank()
                ? findAll(Sort.by("name"))
                : find(
                        "cast(immutable_unaccent(lower(name)) as String) like :q "
                                + "or cast(immutable_unaccent(lower(coalesce(acronym, ''))) as String) like :q",
                        Sort.by("name"),
                        Parameters.with("q", LikePattern.containing(q)));
    }

    public Optional<Organization> findByAcronymOrName(String acronymOrName) {
        return find("acronym = ?1 or name = ?1", acronymOrName).firstResultOptional();
    }
}
