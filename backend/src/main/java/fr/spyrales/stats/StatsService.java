package fr.spyrales.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.stats.Disclosure.Breakdown;
import fr.spyrales.stats.Disclosure.Count;
import fr.spyrales.stats.StatsDtos.EventStatistics;
import fr.spyrales.stats.StatsDtos.FeedbackSummary;
import fr.spyrales.stats.StatsDtos.HomeFigures;
import fr.spyrales.stats.StatsDtos.MemberStatistics;
import fr.spyrales.stats.StatsDtos.MentorshipStatistics;
import fr.spyrales.stats.StatsDtos.ProjectStatistics;
import fr.spyrales.stats.StatsDtos.Snapshot;
import fr.spyrales.stats.StatsDtos.TrainingStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The community's public figures. The home page and the statistics page read a snapshot that {@link #refresh()}
 * computes (on a schedule, see StatisticsJobs) with the small counts already hidden, so that a request costs one row
 * read whatever the size of the community: counting the home page's figures on each visit read every member and every
 * skill (about 0.1 s of database time a visit at 100,000 members, bench/README.md).
 */
@ApplicationScoped
public class StatsService {
    /** The months a series shows, the current one included. */
    static final int MONTHS = 24;

    private static final Logger LOG = Logger.getLogger(StatsService.class);
    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Europe/Paris");

    private final StatsRepository stats;
    private final EntityManager em;
    private final ObjectMapper json;
    private volatile Parsed parsed;

    StatsService(StatsRepository stats, EntityManager em, ObjectMapper json) {
        this.stats = stats;
        this.em = em;
        this.json = json;
    }

    /** The home page's figures: see {@link CommunityStats} for what is published. */
    @Transactional
    public CommunityStats communityStats() {
        Snapshot snapshot = snapshot();
        if (snapshot.home() == null) {
            refresh();
            snapshot = snapshot();
        }
        StatsDtos.StatCell total = snapshot.members().total();
        HomeFigures home = snapshot.home();
        return new CommunityStats(
                total.status() == CellStatus.PUBLISHED ? total.value() : null,
                home.organizations(),
                home.mentors(),
                home.skills());
    }

    /**
     * The scheduled refresh, safe with several instances: it does nothing while another instance computes (a
     * transaction lock tried, not awaited) or when the snapshot is younger than {@code freshEnough}, so that N
     * instances recompute about once per period instead of N times. Returns whether it computed.
     */
    @Transactional
    public boolean refreshUnlessRecent(Duration freshEnough) {
        Object locked = em.createNativeQuery(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended('spyrales.stats.refresh', 0))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        List<?> recent = em.createNativeQuery("""
                        SELECT 1 FROM statistics_snapshot
                         WHERE id = 1 AND refreshed_at > now() - make_interval(secs => :fresh)""")
                .setParameter("fresh", (double) freshEnough.toSeconds())
                .getResultList();
        if (!recent.isEmpty()) {
            return false;
        }
        refresh();
        return true;
    }

    /**
     * Computes every figure anew and stores them as the snapshot the statistics page reads. Refreshes run one at a
     * time (the lock awaited), so a snapshot computed earlier never overwrites a later one.
     */
    @Transactional
    public void refresh() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('spyrales.stats.refresh', 0))")
                .getSingleResult();
        long start = System.nanoTime();
        Snapshot snapshot = compute(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        String figures;
        try {
            figures = json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the statistics could not be written", e);
        }
        em.createNativeQuery("""
                        INSERT INTO statistics_snapshot (id, refreshed_at, figures) VALUES (1, now(), CAST(?1 AS jsonb))
                        ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at, figures = excluded.figures""").setParameter(1, figures).executeUpdate();
        LOG.infof("Statistics recomputed in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Transactional
    public MemberStatistics members() {
        return snapshot().members();
    }

    @Transactional
    public MentorshipStatistics mentorships() {
        return snapshot().mentorships();
    }

    @Transactional
    public ProjectStatistics projects() {
        return snapshot().projects();
    }

    @Transactional
    public EventStatistics events() {
        return snapshot().events();
    }

    @Transactional
    public TrainingStatistics training() {
        return snapshot().training();
    }

    /**
     * The stored snapshot; computed first when none was ever stored (a new database before the job's first run). The
     * parsed figures are kept while the stored row keeps its refresh time, so that a request reads one timestamp and
     * parses nothing (the page makes five requests); every instance sees a new refresh on its next request.
     */
    private Snapshot snapshot() {
        List<?> stamp = em.createNativeQuery("SELECT CAST(refreshed_at AS text) FROM statistics_snapshot WHERE id = 1")
                .getResultList();
        if (stamp.isEmpty()) {
            refresh();
            return snapshot();
        }
        Parsed kept = parsed;
        if (kept != null && kept.refreshedAt().equals(stamp.get(0))) {
            return kept.snapshot();
        }
        Object[] stored = (Object[]) em.createNativeQuery(
                        "SELECT CAST(refreshed_at AS text), CAST(figures AS text) FROM statistics_snapshot WHERE id = 1")
                .getSingleResult();
        try {
            Snapshot snapshot = json.readValue((String) stored[1], Snapshot.class);
            parsed = new Parsed((String) stored[0], snapshot);
            return snapshot;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored statistics could not be read", e);
        }
    }

    private record Parsed(String refreshedAt, Snapshot snapshot) {}

    Snapshot compute(OffsetDateTime now) {
        List<YearMonth> months = lastMonths(YearMonth.from(now.atZoneSameInstant(COMMUNITY_ZONE)));
        return new Snapshot(
                memberStatistics(now, months),
                mentorshipStatistics(now, months),
                projectStatistics(now),
                eventStatistics(now),
                trainingStatistics(now),
                homeFigures());
    }

    private HomeFigures homeFigures() {
        CommunityStats counted = stats.countCommunity();
        return new HomeFigures(
                counted.organizations(),
                counted.mentors() >= Disclosure.THRESHOLD ? counted.mentors() : null,
                counted.skills());
    }

    private MemberStatistics memberStatistics(OffsetDateTime now, List<YearMonth> months) {
        long total = stats.confirmedMembers();
        Map<YearMonth, Long> joined = stats.membersConfirmedByMonth();
        List<Count> cumulative = new ArrayList<>();
        for (YearMonth month : months) {
            long upToMonth = joined.entrySet().stream()
                    .filter(e -> !e.getKey().isAfter(month))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            cumulative.add(new Count(month.toString(), StatsLabels.month(month), upToMonth));
        }
        Map<String, String> regions = new java.util.LinkedHashMap<>();
        Collator french = Collator.getInstance(Locale.FRENCH);
        stats.regions().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(french::compare))
                .forEach(e -> regions.put(e.getKey(), e.getValue()));
        Breakdown byKind = breakdown(StatsLabels.ORGANIZATION_KINDS, stats.membersByOrganizationKind(), true);
        Breakdown byCategory = breakdown(StatsLabels.CATEGORIES, stats.membersByCategory(), true);
        Breakdown byServiceType = breakdown(StatsLabels.SERVICE_TYPES, stats.membersByServiceType(), true);
        Breakdown byRegion = breakdown(regions, stats.membersByRegion(), true);
        boolean totalDisclosable =
                Stream.of(byKind, byCategory, byServiceType, byRegion).allMatch(Breakdown::totalDisclosable);
        return new MemberStatistics(
                now,
                Disclosure.total(new Count("members", "Membres confirmés", total), totalDisclosable),
                Disclosure.cumulative(cumulative, totalDisclosable),
                byKind.cells(),
                byCategory.cells(),
                byServiceType.cells(),
                byRegion.cells());
    }

    private MentorshipStatistics mentorshipStatistics(OffsetDateTime now, List<YearMonth> months) {
        double[] feedback = stats.feedback();
        long answers = (long) feedback[0];
        return new MentorshipStatistics(
                now,
                Disclosure.independent(series(months, stats.pairingsStartedByMonth())),
                Disclosure.independent(series(months, stats.pairingsCompletedByMonth())),
                new FeedbackSummary(
                        Disclosure.single(new Count("answers", "Avis donnés", answers)),
                        Disclosure.mean(answers, feedback[1])),
                Disclosure.single(new Count("sessions", "Séances consignées", stats.sessionsLogged())));
    }

    private ProjectStatistics projectStatistics(OffsetDateTime now) {
        Map<String, Long> byStatus = stats.projectsByStatus();
        Breakdown cells = breakdown(StatsLabels.PROJECT_STATUSES, byStatus, false);
        return new ProjectStatistics(
                now,
                Disclosure.total(new Count("projects", "Projets", sum(byStatus)), cells.totalDisclosable()),
                cells.cells());
    }

    private EventStatistics eventStatistics(OffsetDateTime now) {
        Map<String, Long> byType = stats.eventsHeldByType();
        long[] registrations = stats.registrationsAndAttendances();
        Breakdown cells = breakdown(StatsLabels.EVENT_TYPES, byType, false);
        return new EventStatistics(
                now,
                Disclosure.total(new Count("held", "Événements tenus", sum(byType)), cells.totalDisclosable()),
                cells.cells(),
                Disclosure.single(new Count("registrations", "Inscriptions confirmées", registrations[0])),
                Disclosure.single(new Count("attendances", "Présences", registrations[1])));
    }

    private TrainingStatistics trainingStatistics(OffsetDateTime now) {
        Map<String, Long> byType = stats.publishedResourcesByType();
        Breakdown cells = breakdown(StatsLabels.RESOURCE_TYPES, byType, false);
        return new TrainingStatistics(
                now,
                Disclosure.total(new Count("resources", "Ressources publiées", sum(byType)), cells.totalDisclosable()),
                cells.cells(),
                Disclosure.single(new Count("done", "Ressources terminées", stats.resourcesDone())),
                Disclosure.single(new Count("paths", "Parcours publiés", stats.publishedPaths())),
                Disclosure.single(
                        new Count("followers", "Membres qui suivent un parcours", stats.membersFollowingAPath())));
    }

    /**
     * Every known key in order (0 when absent), then « Non renseigné » when the value is optional: the cells always
     * add up to the total published beside them, and {@link Disclosure#partition} protects them against it.
     */
    private static Breakdown breakdown(Map<String, String> labels, Map<String, Long> counts, boolean optional) {
        List<Count> cells = new ArrayList<>();
        labels.forEach((key, label) -> cells.add(new Count(key, label, counts.getOrDefault(key, 0L))));
        if (optional) {
            cells.add(new Count("NON_RENSEIGNE", StatsLabels.NOT_GIVEN, counts.getOrDefault("", 0L)));
        }
        return Disclosure.partition(cells);
    }

    private static List<Count> series(List<YearMonth> months, Map<YearMonth, Long> counts) {
        return months.stream()
                .map(month -> new Count(month.toString(), StatsLabels.month(month), counts.getOrDefault(month, 0L)))
                .toList();
    }

    private static List<YearMonth> lastMonths(YearMonth current) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        months.sort(Comparator.naturalOrder());
        return months;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
