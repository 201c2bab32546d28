package fr.spyrales.tchap;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.net.UnsafeUrl;
import fr.spyrales.common.net.UrlGuard;
import fr.spyrales.tchap.TchapDtos.Delivery;
import fr.spyrales.tchap.TchapDtos.TchapRoomInput;
import fr.spyrales.tchap.TchapDtos.TchapRoomView;
import fr.spyrales.tchap.TchapDtos.TokenSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The animateurs' Tchap rooms: each rule with its French wording. The bot's token is sealed before it is stored and
 * never leaves this class; the views only say whether one is available.
 */
@ApplicationScoped
public class TchapRooms {
    /** A Matrix room id: {@code !opaque:server}, the server possibly with a port. */
    static final Pattern ROOM_ID = Pattern.compile("^![A-Za-z0-9._=+/-]+:[A-Za-z0-9.-]+(:[0-9]{1,5})?$");

    static final Pattern VARIABLE = Pattern.compile("^SPYRALES_TCHAP_[A-Z0-9_]+$");
    private static final Pattern TOKEN = Pattern.compile("^[\\x21-\\x7E]+$");
    private static final Delivery NOTHING_YET = new Delivery(0, 0, 0, null, null, null);

    private final TchapRoomRepository rooms;
    private final TchapNoticeRepository notices;
    private final TchapTokens tokens;
    private final TchapNotices queue;
    private final HomeserverGuard guard;

    TchapRooms(
            TchapRoomRepository rooms,
            TchapNoticeRepository notices,
            TchapTokens tokens,
            TchapNotices queue,
            HomeserverGuard guard) {
        this.rooms = rooms;
        this.notices = notices;
        this.tokens = tokens;
        this.queue = queue;
        this.guard = guard;
    }

    @Transactional
    public List<TchapRoomView> list() {
        List<TchapRoom> all = rooms.allByName();
        Map<UUID, Delivery> deliveries =
                notices.deliveries(all.stream().map(r -> r.id).toList());
        return all.stream().map(r -> view(r, deliveries.get(r.id))).toList();
    }

    @Transactional
    public TchapRoomView get(UUID id) {
        return view(found(id));
    }

    @Transactional
    public TchapRoomView create(TchapRoomInput body) {
        TchapRoom room = new TchapRoom();
        room.id = UUID.randomUUID();
        room.createdAt = OffsetDateTime.now();
        apply(room, body, true);
        rooms.persist(room);
        rooms.flush();
        return view(room);
    }

    @Transactional
    public TchapRoomView update(UUID id, TchapRoomInput body) {
        TchapRoom room = rooms.findForUpdate(id).orElseThrow(TchapRooms::notFound);
        apply(room, body, false);
        rooms.flush();
        return view(room);
    }

    /** The room goes, and its notices (sent or not) with it. */
    @Transactional
    public void delete(UUID id) {
        rooms.delete(rooms.findForUpdate(id).orElseThrow(TchapRooms::notFound));
    }

    /** Queues a test message, posted like any notice; its outcome shows in the room's delivery. */
    @Transactional
    public TchapRoomView queueTest(UUID id) {
        TchapRoom room = found(id);
        queue.queueTest(room.id);
        return view(room);
    }

    private void apply(TchapRoom room, TchapRoomInput body, boolean creating) {
        String name = body.name().strip();
        if (name.isEmpty()) {
            throw ApiException.invalidField("name", "Le nom du salon est obligatoire.");
        }
        String homeserver = homeserver(body.homeserverUrl());
        String roomId = body.roomId().strip();
        if (!ROOM_ID.matcher(roomId).matches()) {
            throw ApiException.invalidField(
                    "roomId",
                    "L'identifiant du salon a la forme !abc:agent.tchap.gouv.fr (paramètres du salon › Avancé).");
        }
        if (rooms.existsOther(homeserver, roomId, room.id)) {
            throw new ApiException(ProblemType.CONFLICT, "Ce salon est déjà configuré.");
        }
        String token = blankToNull(body.accessToken());
        String variable = blankToNull(body.tokenEnvironmentVariable());
        if (token != null && variable != null) {
            throw ApiException.invalidField(
                    "tokenEnvironmentVariable",
                    "Donnez soit le jeton, soit la variable d'environnement qui le contient, pas les deux.");
        }
        if (token == null && variable == null && creating) {
            throw ApiException.invalidField(
                    "accessToken", "Donnez le jeton du compte robot, ou la variable d'environnement qui le contient.");
        }
        room.name = name;
        room.homeserverUrl = homeserver;
        room.roomId = roomId;
        room.newsTypes =
                new LinkedHashSet<>(body.newsTypes()).stream().map(Enum::name).toArray(String[]::new);
        if (token != null) {
            if (!TOKEN.matcher(token).matches()) {
                throw ApiException.invalidField(
                        "accessToken", "Le jeton ne doit contenir ni espace ni caractère accentué.");
            }
            room.accessTokenSealed = tokens.seal(room, token);
            room.accessTokenEnv = null;
        } else if (variable != null) {
            if (!VARIABLE.matcher(variable).matches()) {
                throw ApiException.invalidField(
                        "tokenEnvironmentVariable",
                        "Le nom de la variable commence par SPYRALES_TCHAP_ et ne contient que des majuscules, des"
                                + " chiffres et des _.");
            }
            if (tokens.fromEnvironment(variable).isEmpty()) {
                throw ApiException.invalidField(
                        "tokenEnvironmentVariable",
                        "La variable " + variable + " n'est pas définie sur le serveur de Spyrales.");
            }
            room.accessTokenEnv = variable;
            room.accessTokenSealed = null;
        }
        room.updatedAt = OffsetDateTime.now();
    }

    /**
     * {@code https://host[:port]}, nothing after, past the SSRF guard: no loopback, private or link-local address
     * (http only for the hosts let past in dev and tests). A name that resolves to nothing yet is accepted: the
     * worker checks it again before each call.
     */
    private String homeserver(String raw) {
        String text = raw.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalidHomeserver();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw ApiException.invalidField("homeserverUrl", "L'adresse du serveur commence par https://.");
        }
        if (uri.getHost() == null
                || uri.getRawUserInfo() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalidHomeserver();
        }
        String homeserver = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        try {
            guard.check(homeserver);
        } catch (UrlGuard.UnresolvedHost notYet) {
            // Accepted: the name may be registered later; no call is made before it is checked again.
        } catch (UnsafeUrl refused) {
            throw ApiException.invalidField("homeserverUrl", refused.getMessage());
        }
        return homeserver;
    }

    private static ApiException invalidHomeserver() {
        return ApiException.invalidField(
                "homeserverUrl",
                "Indiquez l'adresse du serveur seule, par exemple https://matrix.agent.tchap.gouv.fr.");
    }

    private TchapRoom found(UUID id) {
        return rooms.findByIdOptional(id).orElseThrow(TchapRooms::notFound);
    }

    private static ApiException notFound() {
        return ApiException.notFound("Ce salon Tchap n'existe pas (ou plus).");
    }

    private TchapRoomView view(TchapRoom room) {
        return view(room, notices.deliveries(List.of(room.id)).get(room.id));
    }

    private TchapRoomView view(TchapRoom room, Delivery delivery) {
        boolean fromEnvironment = room.accessTokenEnv != null;
        boolean tokenSet =
                fromEnvironment ? tokens.fromEnvironment(room.accessTokenEnv).isPresent() : true;
        return new TchapRoomView(
                room.id,
                room.name,
                room.homeserverUrl,
                room.roomId,
                fromEnvironment ? TokenSource.ENVIRONMENT : TokenSource.STORED,
                room.accessTokenEnv,
                tokenSet,
                Arrays.stream(room.newsTypes).map(TchapNewsType::valueOf).toList(),
                delivery == null ? NOTHING_YET : delivery,
                room.createdAt,
                room.updatedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
