package fr.spyrales.survey;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.Problem;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.survey.SurveyDtos.CurrentSurvey;
import fr.spyrales.survey.SurveyDtos.OpenSurvey;
import fr.spyrales.survey.SurveyDtos.SurveyAnswerCreate;
import fr.spyrales.survey.SurveyDtos.SurveyAnswerReceipt;
import fr.spyrales.survey.SurveyDtos.SurveyCampaignCreate;
import fr.spyrales.survey.SurveyDtos.SurveyCampaignView;
import fr.spyrales.survey.SurveyRepository.AnonymousAnswer;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The campaigns' life (open, close) and the members' answers, which are stored without their author. */
@ApplicationScoped
public class SurveyService {
    static final String NOT_FOUND = "Enquête introuvable.";
    static final String TITLE_LENGTH = "Le titre fait entre 3 et 120 caractères.";
    static final String ALREADY_OPEN = "Une campagne est déjà ouverte : clôturez-la avant d'en ouvrir une autre.";
    static final String ALREADY_ANSWERED = "Vous avez déjà répondu à cette enquête. Merci pour votre participation !";
    static final String CLOSED = "Cette enquête est close : elle ne reçoit plus de réponses.";
    static final String NOT_INVITED =
            "Cette enquête a été envoyée aux membres inscrits avant son ouverture : vous serez invité·e à la prochaine.";

    private final SurveyRepository surveys;
    private final MemberRepository members;
    private final Event<SurveyOpened> opened;
    private final SurveyMixer mixer;

    SurveyService(SurveyRepository surveys, MemberRepository members, Event<SurveyOpened> opened, SurveyMixer mixer) {
        this.surveys = surveys;
        this.members = members;
        this.opened = opened;
        this.mixer = mixer;
    }

    @Transactional
    public SurveyCampaignView open(UUID animateurId, SurveyCampaignCreate body) {
        String title = body.title().strip();
        long length = title.codePointCount(0, title.length());
        if (length < 3 || length > 120) {
            // The database counts characters once the spaces around are removed; @Size counted them too.
            throw ApiException.invalidField("title", TITLE_LENGTH);
        }
        LocalDate today = surveys.today();
        if (body.closesOn().isBefore(today)) {
            throw ApiException.invalidField("closesOn", "La date de clôture ne peut pas être déjà passée.");
        }
        if (body.closesOn().isAfter(today.plusYears(1))) {
            throw ApiException.invalidField("closesOn", "La campagne dure au plus un an.");
        }
        surveys.closeExpired();
        if (surveys.findNotClosed().isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, ALREADY_OPEN);
        }
        SurveyCampaign campaign = new SurveyCampaign();
        campaign.id = UUID.randomUUID();
        campaign.title = title;
        campaign.closesOn = body.closesOn();
        campaign.openedAt = surveys.now();
        campaign.openedBy = animateurId;
        campaign.invited = surveys.countActiveMembers();
        // Two animateurs opening at once: the second waits on the unique index, then violates it.
        ConstraintConflicts.check(
                () -> {
                    surveys.persist(campaign);
                    surveys.flush();
                },
                Map.of("survey_campaign_one_open", ALREADY_OPEN));
        opened.fire(new SurveyOpened(campaign.id, campaign.title, campaign.closesOn, campaign.openedAt));
        return view(campaign, 0, today);
    }

    @Transactional
    public SurveyCampaignView close(UUID id) {
        SurveyCampaign campaign = surveys.findForUpdate(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        LocalDate today = surveys.today();
        if (!campaign.isOpenOn(today)) {
            throw new ApiException(ProblemType.CONFLICT, "Cette campagne est déjà close.");
        }
        campaign.closedAt = surveys.now();
        // No answer can come any more (they wait on the campaign's lock): what waits is mixed now, whatever its number.
        mixer.mixClosed(campaign.id);
        return view(campaign, answers(campaign.id), today);
    }

    @Transactional
    public PageResponse<SurveyCampaignView> list(PageQuery page) {
        LocalDate today = surveys.today();
        var query = surveys.findAll(Sort.descending("openedAt").and("id")).page(Page.of(page.page, page.size));
        List<SurveyCampaign> campaigns = query.list();
        Map<UUID, Long> counts =
                surveys.participationCounts(campaigns.stream().map(c -> c.id).toList());
        return new PageResponse<>(
                campaigns.stream()
                        .map(c -> view(c, counts.getOrDefault(c.id, 0L), today))
                        .toList(),
                page.page,
                page.size,
                query.count());
    }

    /** The open campaign this member was sent, and whether they answered it. */
    @Transactional
    public CurrentSurvey current(UUID memberId) {
        LocalDate today = surveys.today();
        return surveys.findNotClosed()
                .filter(c -> c.isOpenOn(today) && surveys.isInvited(c, memberId))
                .map(c -> new CurrentSurvey(
                        new OpenSurvey(c.id, c.title, c.closesOn), surveys.hasAnswered(c.id, memberId)))
                .orElse(new CurrentSurvey(null, false));
    }

    @Transactional
    public SurveyAnswerReceipt answer(UUID campaignId, UUID memberId, SurveyAnswerCreate body) {
        Set<Wish> wishes = body.wishes() == null || body.wishes().isEmpty()
                ? EnumSet.noneOf(Wish.class)
                : EnumSet.copyOf(body.wishes());
        String wishOther = blankToNull(body.wishOther());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (wishes.contains(Wish.OTHER) && wishOther == null) {
            errors.add(new Problem.FieldError("wishOther", "Précisez ce que vous proposez sous « Autre »."));
        }
        if (!wishes.contains(Wish.OTHER) && wishOther != null) {
            errors.add(new Problem.FieldError("wishes", "Cochez « Autre » pour préciser votre proposition."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, null);
        }
        SurveyCampaign campaign = surveys.findForShare(campaignId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (!campaign.isOpenOn(surveys.today())) {
            throw new ApiException(ProblemType.CONFLICT, CLOSED);
        }
        if (!surveys.isInvited(campaign, memberId)) {
            throw new ApiException(ProblemType.BUSINESS_RULE, NOT_INVITED);
        }
        if (surveys.hasAnswered(campaignId, memberId)) {
            throw new ApiException(ProblemType.CONFLICT, ALREADY_ANSWERED);
        }
        Member member = members.findById(memberId);
        AnonymousAnswer answer = new AnonymousAnswer(
                body.recommendation().shortValue(),
                body.lessAlone().name(),
                body.pythonProgress().name(),
                body.rProgress().name(),
                wishes.stream().map(Enum::name).collect(Collectors.joining(",")),
                wishOther,
                blankToNull(body.comment()),
                member.category == null ? null : member.category.name(),
                member.organization == null ? null : member.organization.kind.name());
        // Two answers sent at once: the second waits on the participation's key, then violates it.
        ConstraintConflicts.check(
                () -> {
                    surveys.insertParticipation(campaignId, memberId);
                    surveys.insertAnswer(campaignId, answer);
                },
                Map.of("survey_participation_once", ALREADY_ANSWERED));
        return new SurveyAnswerReceipt(campaignId, true);
    }

    /** The answers the campaign received, mixed or not. */
    long answers(UUID campaignId) {
        return surveys.participationCounts(List.of(campaignId)).getOrDefault(campaignId, 0L);
    }

    static SurveyCampaignView view(SurveyCampaign c, long answers, LocalDate today) {
        return new SurveyCampaignView(
                c.id, c.title, c.openedAt, c.closesOn, c.closedAt, c.isOpenOn(today), c.invited, answers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
