package fr.spyrales.demo;

import fr.spyrales.demo.DemoProjects.DemoCast;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What the demo community has been doing: its shared projects, « La Piscine », its library and learning paths, its
 * events.
 * Loaded once, right after the agents (each step in the services' own transactions, so the agents must be committed
 * first).
 */
@ApplicationScoped
public class DemoActivity {
    private static final Logger LOG = Logger.getLogger(DemoActivity.class);
    private static final int CAST = 12;

    private final MemberRepository members;
    private final DemoProjects projects;
    private final DemoChallenges challenges;
    private final DemoLibrary library;
    private final DemoPaths paths;
    private final DemoEvents events;

    DemoActivity(
            MemberRepository members,
            DemoProjects projects,
            DemoChallenges challenges,
            DemoLibrary library,
            DemoPaths paths,
            DemoEvents events) {
        this.members = members;
        this.projects = projects;
        this.challenges = challenges;
        this.library = library;
        this.paths = paths;
        this.events = events;
    }

    public void load() {
        DemoCast cast = QuarkusTransaction.requiringNew().call(this::cast);
        int projectCount = projects.load(cast);
        int challengeCount = challenges.load(cast);
        DemoLibrary.Shelf shelf = library.load(cast);
        int pathCount = paths.load(cast, shelf);
        int eventCount = events.load(cast);
        LOG.infof(
                "Demo community: %d projects, %d challenges, %d library resources, %d learning paths and %d events"
                        + " created",
                projectCount, challengeCount, shelf.byUrl().size(), pathCount, eventCount);
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

    private Member named(String email) {
        return members.findByEmail(email).orElseThrow(() -> new IllegalStateException("Demo login missing: " + email));
    }
}
