package fr.spyrales.demo;

import fr.spyrales.auth.PasswordHasher;
import fr.spyrales.common.PublicUrl;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.referential.Organization;
import fr.spyrales.referential.OrganizationRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Loads the demo community once, at start, when `spyrales.demo.enabled` is set, in a local trial only ({@link LocalDemo}). */
@ApplicationScoped
public class DemoCommunity {
    private static final Logger LOG = Logger.getLogger(DemoCommunity.class);

    private final DemoConfig config;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final PasswordHasher passwords;
    private final DemoActivity activity;
    private final String publicUrl;

    DemoCommunity(
            DemoConfig config,
            MemberRepository members,
            OrganizationRepository organizations,
            PasswordHasher passwords,
            DemoActivity activity,
            PublicUrl publicUrl) {
        this.config = config;
        this.members = members;
        this.organizations = organizations;
        this.passwords = passwords;
        this.activity = activity;
        this.publicUrl = publicUrl.base();
    }

    void onStart(@Observes StartupEvent start) {
        refuseUnlessLocal(config.enabled(), members.count("demo", true) > 0);
        if (config.enabled() && load() > 0) {
            // Only the instance that created the agents goes on: the others find everything done.
            activity.load();
        }
    }

    /** Creates the demo agents unless some are already there; returns how many were created. */
    @Transactional
    public int load() {
        refuseUnlessLocal(true, false);
        // Instances starting together take turns: the second one finds the agents of the first.
        members.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('spyrales.demo', 0))")
                .getSingleResult();
        int created = members.count("demo", true) > 0 ? 0 : createAgents();
        LOG.infof("Demo community: %d agents created", created);
        return created;
    }

    private int createAgents() {
        Map<String, Organization> organizations = new HashMap<>();
        List<Member> agents = DemoAgents.create(key -> organizations.computeIfAbsent(key, this::organization));
        Set<String> taken = takenEmails(agents);
        // Hashed once: bcrypt for every row would slow the start down.
        String passwordHash = passwords.hash(config.password());
        OffsetDateTime now = OffsetDateTime.now();
        List<Member> newcomers =
                agents.stream().filter(agent -> !taken.contains(agent.email)).toList();
        for (Member agent : newcomers) {
            agent.id = UUID.randomUUID();
            agent.passwordHash = passwordHash;
            agent.emailVerifiedAt = now;
            agent.updatedAt = now;
            agent.demo = true;
            members.persist(agent);
        }
        return newcomers.size();
    }

    private void refuseUnlessLocal(boolean demoAsked, boolean demoAccountsPresent) {
        LocalDemo.refusal(demoAsked, demoAccountsPresent, publicUrl).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Addresses a real account already uses keep their owner; that demo agent is left out. */
    private Set<String> takenEmails(List<Member> agents) {
        List<String> emails = agents.stream().map(agent -> agent.email).toList();
        return members.takenEmails(emails);
    }

    private Organization organization(String acronymOrName) {
        return organizations
                .findByAcronymOrName(acronymOrName)
                .orElseThrow(() ->
                        new IllegalStateException("Demo organisation missing from the referential: " + acronymOrName));
    }
}
