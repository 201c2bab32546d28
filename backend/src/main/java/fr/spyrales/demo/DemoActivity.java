package fr.spyrales.demo;

import fr.spyrales.demo.DemoProjects.DemoCast;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What the demo community has been doing: its shared projects, « La Piscine », its library and learning paths, its
 * events, its pairings.
 * Loaded once, right after the agents (each step in the services' own transactions, so the agents must be committed
 * first).
 */
@ApplicationScoped
public class DemoActivity {
    private static final Logger LOG = Logger.getLogger(DemoActivity.class);
    private static final int CAST = 12;
    private static final String LEA = "lea.moreau@justice.gouv.fr";
    private static final int MENTEES = 4;

    private final MemberRepository members;
    private final DemoProjects projects;
    private final DemoChallenges challenges;
    private final DemoLibrary library;
    private final DemoPaths paths;
    private final DemoEvents events;
    private final DemoMentorships mentorships;

    DemoActivity(
            MemberRepository members,
            DemoProjects projects,
            DemoChallenges challenges,
            DemoLibrary library,
            DemoPaths paths,
            DemoEvents events,
            DemoMentorships mentorships) {
        this.members = members;
        this.projects = projects;
        this.challenges = challenges;
        this.library = library;
        this.paths = paths;
        this.events = events;
        this.mentorships = mentorships;
    }

    public void load() {
        DemoCast cast = QuarkusTransaction.requiringNew().call(this::cast);
        int projectCount = projects.load(cast);
        int challengeCount = challenges.load(cast);
        DemoLibrary.Shelf shelf = library.load(cast);
        int pathCount = paths.load(cast, shelf);
        int eventCount = events.load(cast);
        // The mentees are read once the cast is settled: the agents the other steps use are not among them.
        UUID lea = QuarkusTransaction.requiringNew().call(() -> named(LEA).id);
        List<UUID> mentees = QuarkusTransaction.requiringNew().call(this::mentees);
        int pairingCount = mentorships.load(cast, lea, mentees);
        LOG.infof(
                "Demo community: %d projects, %d challenges, %d library resources, %d learning paths, %d events and"
                        + " %d pairings created",
                projectCount, challengeCount, shelf.byUrl().size(), pathCount, eventCount, pairingCount);
    }

    private DemoCast cast() {
        List<String> named = List.of(
                "claire.fontaine@insee.fr",
                "karim.benali@developpement-durable.gouv.fr",
                "admin.demo@numerique.gouv.fr",
                "lea.moreau@justice.gouv.fr");
        List<Member> agents = members.demoAgentsExcept(named, CAST);
        if (agents.size() < CAST) {
            throw new IllegalStateException("The demo needs " + CAST + " agents besides its named logins");
        }
        return DemoCast.of(named(named.get(0)), named(named.get(1)), named(named.get(2)), agents);
    }

    /** Agents who want a mentor, other than the named logins and the cast, to ask Claire and Karim. */
    private List<UUID> mentees() {
        List<String> named = List.of(
                "claire.fontaine@insee.fr",
                "karim.benali@developpement-durable.gouv.fr",
                "admin.demo@numerique.gouv.fr",
                LEA);
        List<UUID> cast =
                members.demoAgentsExcept(named, CAST).stream().map(m -> m.id).toList();
        List<UUID> mentees = members.demoMenteesExcept(named, CAST + MENTEES).stream()
                .map(m -> m.id)
                .filter(id -> !cast.contains(id))
                .limit(MENTEES)
                .toList();
        if (mentees.size() < MENTEES) {
            throw new IllegalStateException("The demo needs " + MENTEES + " agents who want a mentor");
        }
        return mentees;
    }

    private Member named(String email) {
        return members.findByEmail(email).orElseThrow(() -> new IllegalStateException("Demo login missing: " + email));
    }
}
