package fr.spyrales.member;

import fr.spyrales.common.PageResponse;
import fr.spyrales.member.DirectoryRepository.DirectoryPage;
import fr.spyrales.member.MemberDtos.MemberSummary;
import fr.spyrales.referential.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The directory: verified members who share their profile, searched by words and filters ({@link DirectoryRepository}). */
@ApplicationScoped
public class MemberDirectory {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

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
        DirectoryPage found = directory.search(query, prefixQuery(query.q));
        if (found.ids().isEmpty()) {
            return new PageResponse<>(List.of(), query.page, query.size, found.total());
        }
        return new PageResponse<>(
                mapper.summaries(directory.loadInOrder(found.ids()), skills.byCode()),
                query.page,
                query.size,
                found.total());
    }

    /** "Élodie, stat" → "Élodie stat": the words of the search, of which {@code directory_tsquery} makes prefix terms. */
    static String prefixQuery(String q) {
        if (q == null) {
            return null;
        }
        List<String> words = WORD.matcher(q).results().map(MatchResult::group).toList();
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
