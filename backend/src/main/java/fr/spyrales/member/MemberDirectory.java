package fr.spyrales.member;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.SearchWords;
import fr.spyrales.member.MemberDtos.MemberSummary;
import fr.spyrales.referential.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The directory: verified members who share their profile, searched by words and filters ({@link DirectoryRepository}). */
@ApplicationScoped
public class MemberDirectory {

    private final DirectoryRepository directory;
    private final SkillRepository skills;
    private final MemberMapper mapper;

    MemberDirectory(DirectoryRepository directory, SkillRepository skills, MemberMapper mapper) {
        this.directory = directory;
        this.skills = skills;
        this.mapper = mapper;
    }

    @Transactional
    public PageResponse<MemberSummary> search(DirectoryQuery query) {
        IdPage found = directory.search(query, SearchWords.of(query.q));
        if (found.ids().isEmpty()) {
            return new PageResponse<>(List.of(), query.page, query.size, found.total());
        }
        return new PageResponse<>(
                mapper.summaries(directory.loadInOrder(found.ids()), skills.byCode()),
                query.page,
                query.size,
                found.total(),
                found.next());
    }
}
