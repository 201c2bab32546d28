package fr.spyrales.survey;

import static fr.spyrales.survey.SurveyDtos.MIN_ANSWERS_SHOWN;

import fr.spyrales.common.ApiException;
import fr.spyrales.member.Category;
import fr.spyrales.referential.OrganizationKind;
import fr.spyrales.survey.SurveyDtos.Count;
import fr.spyrales.survey.SurveyDtos.Segment;
import fr.spyrales.survey.SurveyDtos.SurveyResults;
import fr.spyrales.survey.SurveyDtos.Trend;
import fr.spyrales.survey.SurveyDtos.TrendPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The figures of a campaign for animateurs, and the comparison of closed campaigns for everyone. No figure ever comes
 * from fewer than 5 answers where it describes a group (a segment, a campaign on the public page).
 */
@ApplicationScoped
public class SurveyResultsService {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SurveyRepository surveys;

    SurveyResultsService(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @Transactional
    public SurveyResults results(UUID campaignId) {
        SurveyCampaign campaign =
                surveys.findByIdOptional(campaignId).orElseThrow(() -> ApiException.notFound(SurveyService.NOT_FOUND));
        Map<String, Long> byScore = surveys.countBy(campaignId, "recommendation");
        List<Count> recommendation = IntStream.rangeClosed(0, 10)
                .mapToObj(score -> new Count(String.valueOf(score), byScore.getOrDefault(String.valueOf(score), 0L)))
                .toList();
        // Only the mixed answers: the figures move by groups of at least 5 (or at the close), never by one answer.
        long answers = recommendation.stream().mapToLong(Count::count).sum();
        long received = surveys.participationCounts(List.of(campaignId)).getOrDefault(campaignId, 0L);
        long promoters =
                recommendation.subList(9, 11).stream().mapToLong(Count::count).sum();
        long detractors =
                recommendation.subList(0, 7).stream().mapToLong(Count::count).sum();
        return new SurveyResults(
                SurveyService.view(campaign, received, surveys.today()),
                answers,
                Math.max(0, received - answers),
                rate(received, campaign.invited),
                answers == 0 ? null : nps(promoters, detractors, answers),
                promoters,
                answers - promoters - detractors,
                detractors,
                recommendation,
                counts(campaignId, "less_alone", Agreement.values()),
                counts(campaignId, "python_progress", Progress.values()),
                counts(campaignId, "r_progress", Progress.values()),
                counts(campaignId, "wishes", Wish.values()),
                surveys.texts(campaignId, "wish_other"),
                segments(campaignId, "category", Category.values()),
                segments(campaignId, "organization_kind", OrganizationKind.values()),
                surveys.texts(campaignId, "comment"));
    }

    /** The closed campaigns of at least 5 answers, oldest first, with their NPS and response rate. */
    @Transactional
    public Trend trend() {
        List<SurveyCampaign> closed = surveys.closed(surveys.today());
        Map<UUID, Long> counts =
                surveys.mixedAnswerCounts(closed.stream().map(c -> c.id).toList());
        return new Trend(closed.stream()
                .filter(c -> counts.getOrDefault(c.id, 0L) >= MIN_ANSWERS_SHOWN)
                .map(c -> {
                    long answers = counts.get(c.id);
                    Map<String, long[]> all = surveys.segments(c.id, "campaign_id");
                    long[] figures = all.values().iterator().next();
                    return new TrendPoint(
                            c.title,
                            c.openedAt.atZoneSameInstant(PARIS).toLocalDate(),
                            closedOn(c),
                            answers,
                            rate(answers, c.invited),
                            nps(figures[1], figures[2], figures[0]));
                })
                .toList());
    }

    private static LocalDate closedOn(SurveyCampaign c) {
        return c.closedAt == null
                ? c.closesOn
                : c.closedAt.atZoneSameInstant(PARIS).toLocalDate();
    }

    private List<Count> counts(UUID campaignId, String column, Enum<?>[] values) {
        Map<String, Long> counts = surveys.countBy(campaignId, column);
        return Arrays.stream(values)
                .map(v -> new Count(v.name(), counts.getOrDefault(v.name(), 0L)))
                .toList();
    }

    /** One segment per value and one for « not provided », adding up to the answers; see {@link SegmentDisclosure}. */
    private List<Segment> segments(UUID campaignId, String column, Enum<?>[] values) {
        Map<String, long[]> segments = surveys.segments(campaignId, column);
        List<String> keys =
                new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
        keys.add(SurveyRepository.NOT_PROVIDED);
        long[][] figures =
                keys.stream().map(k -> segments.getOrDefault(k, new long[3])).toArray(long[][]::new);
        SegmentDisclosure.Status[] status =
                SegmentDisclosure.of(Arrays.stream(figures).mapToLong(f -> f[0]).toArray());
        List<Segment> result = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            long[] f = figures[i];
            result.add(
                    status[i] == SegmentDisclosure.Status.SHOWN
                            ? new Segment(keys.get(i), false, false, f[0], nps(f[1], f[2], f[0]))
                            : new Segment(keys.get(i), true, status[i] == SegmentDisclosure.Status.SECRET, null, null));
        }
        return result;
    }

    /** % of promoters − % of detractors, rounded. */
    static int nps(long promoters, long detractors, long answers) {
        return (int) Math.round(100.0 * (promoters - detractors) / answers);
    }

    /** Answers ÷ invited, in percent with one decimal. */
    static double rate(long answers, int invited) {
        return invited == 0 ? 0 : Math.round(1000.0 * answers / invited) / 10.0;
    }
}
