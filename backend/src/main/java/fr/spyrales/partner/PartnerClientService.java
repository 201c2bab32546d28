package fr.spyrales.partner;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.Problem;
import fr.spyrales.common.ProblemType;
import fr.spyrales.partner.PartnerDtos.ChangeView;
import fr.spyrales.partner.PartnerDtos.PartnerClientCreate;
import fr.spyrales.partner.PartnerDtos.PartnerClientUpdate;
import fr.spyrales.partner.PartnerDtos.PartnerClientView;
import fr.spyrales.partner.PartnerDtos.PartnerClientWithSecret;
import fr.spyrales.partner.PartnerDtos.SecretRotation;
import fr.spyrales.partner.PartnerDtos.Usage;
import fr.spyrales.partner.PartnerDtos.UsageDay;
import fr.spyrales.partner.webhook.WebhookDtos.FollowedWebhooks;
import fr.spyrales.partner.webhook.WebhookEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Administration of partner clients: registration, changes, secret rotation, revocation, history and usage. */
@ApplicationScoped
public class PartnerClientService {
    private final AuditLog audit;
    static final int USAGE_DAYS = 30;

    private final EntityManager em;
    private final PartnerConfig config;
    private final WebhookEndpoints webhooks;

    PartnerClientService(EntityManager em, PartnerConfig config, WebhookEndpoints webhooks, AuditLog audit) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.em = em;
        this.config = config;
    }

    public PageResponse<PartnerClientView> list(PageQuery page) {
        List<PartnerClient> clients = em.createQuery("FROM PartnerClient ORDER BY lower(name), id", PartnerClient.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList();
        long total = em.createQuery("SELECT count(c) FROM PartnerClient c", Long.class)
                .getSingleResult();
        Map<UUID, String> names =
                organizationNames(clients.stream().map(c -> c.organizationId).toList());
        Instant now = Instant.now();
        return new PageResponse<>(
                clients.stream()
                        .map(c -> view(c, names.get(c.organizationId), now))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    public PartnerClientView get(UUID id) {
        PartnerClient client = find(id);
        return view(client);
    }

    @Transactional
    public PartnerClientWithSecret create(PartnerClientCreate input, UUID adminId) {
        requireOrganization(input.organizationId());
        OffsetDateTime now = nowUtc();
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.name = input.name().strip();
        client.contactEmail = input.contactEmail().strip();
        client.organizationId = input.organizationId();
        client.scopes = sortedScopes(input.scopes());
        client.rateLimitPerMinute = input.rateLimitPerMinute();
        client.ipAllowlist = ranges(input.ipAllowlist() == null ? List.of() : input.ipAllowlist());
        client.expiresAt = input.expiresAt();
        client.createdAt = now;
        client.updatedAt = now;
        em.persist(client);
        String secret = newSecret(client.id, now);
        record(client.id, PartnerClientChange.Kind.CREATED, adminId, now, List.of());
        return new PartnerClientWithSecret(view(client), client.id.toString(), secret);
    }

    @Transactional
    public PartnerClientView update(UUID id, PartnerClientUpdate patch, UUID adminId) {
        PartnerClient client = em.find(PartnerClient.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw unknown();
        }
        requireNotRevoked(client);
        List<String> changed = new ArrayList<>();
        if (patch.name != null && !patch.name.strip().equals(client.name)) {
            client.name = patch.name.strip();
            changed.add("name");
        }
        if (patch.contactEmail != null && !patch.contactEmail.strip().equals(client.contactEmail)) {
            client.contactEmail = patch.contactEmail.strip();
            changed.add("contactEmail");
        }
        if (patch.organizationId != null && !patch.organizationId.equals(client.organizationId)) {
            requireOrganization(patch.organizationId);
            client.organizationId = patch.organizationId;
            changed.add("organizationId");
        }
        if (patch.scopes != null) {
            String[] scopes = sortedScopes(patch.scopes);
            if (!Arrays.equals(scopes, client.scopes)) {
                client.scopes = scopes;
                changed.add("scopes");
            }
        }
        if (patch.rateLimitPerMinute != null && patch.rateLimitPerMinute != client.rateLimitPerMinute) {
            client.rateLimitPerMinute = patch.rateLimitPerMinute;
            changed.add("rateLimitPerMinute");
        }
        if (patch.ipAllowlist != null) {
            String[] ranges = ranges(patch.ipAllowlist);
            if (!Arrays.equals(ranges, client.ipAllowlist)) {
                client.ipAllowlist = ranges;
                changed.add("ipAllowlist");
            }
        }
        if (patch.expiresAt != null) {
            OffsetDateTime expiresAt = patch.expiresAt.orElse(null);
            if (!Objects.equals(
                    expiresAt == null ? null : expiresAt.toInstant(),
                    client.expiresAt == null ? null : client.expiresAt.toInstant())) {
                client.expiresAt = expiresAt;
                changed.add("expiresAt");
            }
        }
        if (!changed.isEmpty()) {
            OffsetDateTime now = nowUtc();
            client.updatedAt = now;
            record(id, PartnerClientChange.Kind.UPDATED, adminId, now, changed);
        }
        return view(client);
    }

    /**
     * A new secret; the previous one keeps working for the grace period, so that the partner can deploy the new one.
     * A secret rotated before that ends now: at most two secrets work at any time.
     */
    @Transactional
    public SecretRotation rotate(UUID id, UUID adminId) {
        PartnerClient client = em.find(PartnerClient.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw unknown();
        }
        requireNotRevoked(client);
        OffsetDateTime now = nowUtc();
        OffsetDateTime graceEnd = now.plus(config.secretGracePeriod());
        em.createQuery("UPDATE PartnerClientSecret s SET s.validUntil = :now"
                        + " WHERE s.clientId = :id AND s.validUntil IS NOT NULL AND s.validUntil > :now")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery(
                        "UPDATE PartnerClientSecret s SET s.validUntil = :end WHERE s.clientId = :id AND s.validUntil IS NULL")
                .setParameter("end", graceEnd)
                .setParameter("id", id)
                .executeUpdate();
        String secret = newSecret(id, now);
        client.updatedAt = now;
        record(id, PartnerClientChange.Kind.SECRET_ROTATED, adminId, now, List.of());
        return new SecretRotation(id.toString(), secret, graceEnd);
    }

    /** Revokes the client at once: no new token, and the tokens it holds stop working on their next call. */
    @Transactional
    public PartnerClientView revoke(UUID id, UUID adminId) {
        PartnerClient client = em.find(PartnerClient.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw unknown();
        }
        if (client.revokedAt == null) {
            OffsetDateTime now = nowUtc();
            client.revokedAt = now;
            client.updatedAt = now;
            record(id, PartnerClientChange.Kind.REVOKED, adminId, now, List.of());
        }
        return view(client);
    }

    public PageResponse<ChangeView> changes(UUID id, PageQuery page) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.kind, c.changed_by, m.display_name, c.changed_at, c.fields
                        FROM partner_client_change c LEFT JOIN member m ON m.id = c.changed_by
                        WHERE c.client_id = :id ORDER BY c.changed_at DESC, c.id""")
                .setParameter("id", id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList();
        long total = em.createQuery("SELECT count(c) FROM PartnerClientChange c WHERE c.clientId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        List<ChangeView> items = rows.stream()
                .map(r -> new ChangeView(
                        (String) r[0],
                        (UUID) r[1],
                        r[2] == null ? "Administrateur inconnu" : (String) r[2],
                        offset(r[3]),
                        r[4] == null ? List.of() : List.of((String[]) r[4])))
                .toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    /** The client's webhook endpoints and latest deliveries, read-only, for the administrators. */
    @Transactional
    public FollowedWebhooks webhooks(UUID id) {
        find(id);
        return webhooks.followedBy(id);
    }

    /** The last 30 days (UTC), today included, every day present (zero when no call). */
    public Usage usage(UUID id) {
        find(id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(USAGE_DAYS - 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT day, calls, errors, throttled FROM partner_client_usage
                        WHERE client_id = :id AND day >= :first""")
                .setParameter("id", id)
                .setParameter("first", first)
                .getResultList();
        Map<LocalDate, UsageDay> byDay = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0];
            byDay.put(
                    day,
                    new UsageDay(
                            day,
                            ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue(),
                            ((Number) r[3]).longValue()));
        }
        List<UsageDay> days = new ArrayList<>();
        long calls = 0;
        long errors = 0;
        long throttled = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            UsageDay usage = byDay.getOrDefault(day, new UsageDay(day, 0, 0, 0));
            days.add(usage);
            calls += usage.calls();
            errors += usage.errors();
            throttled += usage.throttled();
        }
        return new Usage(id, days, calls, errors, throttled);
    }

    PartnerClient find(UUID id) {
        PartnerClient client = em.find(PartnerClient.class, id);
        if (client == null) {
            throw unknown();
        }
        return client;
    }

    private String newSecret(UUID clientId, OffsetDateTime now) {
        String secret = PartnerSecrets.newSecret();
        PartnerClientSecret stored = new PartnerClientSecret();
        stored.id = UUID.randomUUID();
        stored.clientId = clientId;
        stored.secretHash = PartnerSecrets.hash(secret);
        stored.createdAt = now;
        em.persist(stored);
        return secret;
    }

    private void record(
            UUID clientId, PartnerClientChange.Kind kind, UUID adminId, OffsetDateTime at, List<String> fields) {
        PartnerClientChange change = new PartnerClientChange();
        change.id = UUID.randomUUID();
        change.clientId = clientId;
        change.kind = kind;
        change.changedBy = adminId;
        change.changedAt = at;
        change.fields = fields.toArray(String[]::new);
        em.persist(change);
        // The history above is the partner page's; the audit log is the one place for every privileged action.
        audit.record(
                AuditAction.PARTNER_CLIENT_CHANGED,
                AuditActor.member(adminId),
                AuditTarget.of("partner_client", clientId),
                kind.name() + (fields.isEmpty() ? "" : " : " + String.join(", ", fields)));
    }

    private PartnerClientView view(PartnerClient client) {
        return view(
                client, organizationNames(List.of(client.organizationId)).get(client.organizationId), Instant.now());
    }

    static PartnerClientView view(PartnerClient c, String organizationName, Instant now) {
        String status = c.revokedAt != null ? "REVOKED" : c.activeAt(now) ? "ACTIVE" : "EXPIRED";
        return new PartnerClientView(
                c.id,
                c.name,
                c.contactEmail,
                c.organizationId,
                organizationName == null ? "" : organizationName,
                List.of(c.scopes),
                c.rateLimitPerMinute,
                List.of(c.ipAllowlist),
                c.expiresAt,
                c.revokedAt,
                status,
                c.createdAt,
                c.updatedAt);
    }

    private Map<UUID, String> organizationNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM organization WHERE id IN (:ids)")
                .setParameter("ids", Set.copyOf(ids))
                .getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    private void requireOrganization(UUID organizationId) {
        Number found = (Number) em.createNativeQuery("SELECT count(*) FROM organization WHERE id = :id")
                .setParameter("id", organizationId)
                .getSingleResult();
        if (found.intValue() == 0) {
            throw ApiException.invalidField("organizationId", "Organisation inconnue du référentiel.");
        }
    }

    private static String[] sortedScopes(Set<String> scopes) {
        return PartnerScopes.ALL.stream().filter(scopes::contains).toArray(String[]::new);
    }

    private static String[] ranges(List<String> cidrs) {
        LinkedHashSet<String> canonical = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < cidrs.size(); i++) {
            int index = i;
            IpRanges.canonical(cidrs.get(i))
                    .ifPresentOrElse(
                            canonical::add,
                            () -> errors.add(
                                    new Problem.FieldError(
                                            "ipAllowlist[" + index + "]",
                                            "Plage d'adresses invalide : une adresse IP suivie de /préfixe, comme 203.0.113.0/24.")));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, null);
        }
        return canonical.toArray(String[]::new);
    }

    private static void requireNotRevoked(PartnerClient client) {
        if (client.revokedAt != null) {
            throw new ApiException(ProblemType.CONFLICT, "Ce client est révoqué : il ne peut plus être modifié.");
        }
    }

    private static ApiException unknown() {
        return ApiException.notFound("Client partenaire inconnu.");
    }

    private static OffsetDateTime nowUtc() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
