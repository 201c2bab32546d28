package fr.spyrales.referential;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.referential.ReferentialDtos.OrganizationItem;
import fr.spyrales.referential.ReferentialDtos.RegionItem;
import fr.spyrales.referential.ReferentialDtos.SkillItem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** The reference lists that profiles point to. */
@ApplicationScoped
public class ReferentialService {
    private final OrganizationRepository organizations;

    ReferentialService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** @param q part of the organisation's name or acronym, accents and case ignored; null or blank for all */
    @Transactional
    public PageResponse<OrganizationItem> organizations(String q, PageQuery page) {
        return page(
                organizations.search(q), page, o -> new OrganizationItem(o.id, o.name, o.acronym, o.kind, o.ministry));
    }

    @Transactional
    public PageResponse<SkillItem> skills(PageQuery page) {
        return page(Skill.<Skill>findAll(Sort.by("position")), page, s -> new SkillItem(s.code, s.name, s.category));
    }

    @Transactional
    public PageResponse<RegionItem> regions(PageQuery page) {
        return page(Region.<Region>findAll(Sort.by("name")), page, r -> new RegionItem(r.code, r.name));
    }

    private static <E, T> PageResponse<T> page(PanacheQuery<E> query, PageQuery page, Function<E, T> mapper) {
        var items = query.page(Page.of(page.page, page.size)).list().stream()
                .map(mapper)
                .toList();
        return new PageResponse<>(items, page.page, page.size, query.count());
    }
}
