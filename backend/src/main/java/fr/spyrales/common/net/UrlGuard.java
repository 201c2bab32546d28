package fr.spyrales.common.net;

import io.quarkus.runtime.LaunchMode;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The SSRF guard: an address typed by someone outside the team (a partner's webhook, an animateur's Tchap
 * homeserver) must not make Spyrales call its own network. The address must be https, without credentials, and every
 * address its name resolves to must be public: no loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 with
 * the clouds' metadata services, fe80::/10), shared (100.64/10), "this network" (0/8), multicast, reserved or
 * documentation range, nor an IPv6 form embedding one of those (mapped, compatible, NAT64, 6to4). Checked when the
 * address is given, and again before each call, whose connection then goes to the very addresses checked here (see
 * {@link PinnedHttp}), so a name that changes its answer between the check and the call (DNS rebinding) reaches no
 * private address.
 *
 * <p>Each feature has its guard (a subclass that is its bean), with the hosts its tests' local stubs use let past
 * ({@link #unguardedOutsideProduction}).
 */
public class UrlGuard {
    private static final Logger LOG = Logger.getLogger(UrlGuard.class);
    public static final int MAX_LENGTH = 2000;

    private final HostResolver resolver;
    private final Set<String> unguardedHosts;

    /** A guard with its own resolver and exceptions; {@code Set.of()} for the guard as production runs it. */
    public UrlGuard(HostResolver resolver, Set<String> unguardedHosts) {
        this.resolver = resolver;
        this.unguardedHosts = Set.copyOf(unguardedHosts);
    }

    /**
     * The configured hosts let past the guard (plain http, loopback) for the tests' local stubs: empty in production,
     * whatever the configuration says.
     */
    public static Set<String> unguardedOutsideProduction(Optional<Set<String>> configured, String property) {
        Set<String> hosts = configured.orElse(Set.of());
        if (!hosts.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.errorf("%s is ignored in production (%s): the SSRF guard stays on", property, hosts);
            return Set.of();
        }
        return hosts;
    }

    /** The address of a delivery, and the addresses its connection may go to. */
    public record Target(
            URI uri, String host, int port, boolean tls, String pathAndQuery, List<InetAddress> addresses) {}

    /** Checks the URL's form only, without resolving its name (what the partner typed). */
    public URI checkForm(String url) throws UnsafeUrl {
        if (url == null || url.isBlank()) {
            throw new UnsafeUrl("L'adresse est obligatoire.");
        }
        if (url.length() > MAX_LENGTH) {
            throw new UnsafeUrl("L'adresse dépasse " + MAX_LENGTH + " caractères.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new UnsafeUrl("L'adresse n'est pas une URL valide.");
        }
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null) {
            throw new UnsafeUrl("L'adresse doit être absolue, avec un nom d'hôte (https://…).");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean unguarded = unguardedHosts.contains(bare(host));
        if (!scheme.equals("https") && !(unguarded && scheme.equals("http"))) {
            throw new UnsafeUrl("L'adresse doit commencer par https:// (les appels sont chiffrés).");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UnsafeUrl("L'adresse ne doit pas contenir d'identifiant ni de mot de passe.");
        }
        if (uri.getRawFragment() != null) {
            throw new UnsafeUrl("L'adresse ne doit pas contenir de fragment (#…).");
        }
        return uri;
    }

    /** Checks the form, resolves the name and checks every address it resolves to. */
    public Target check(String url) throws UnsafeUrl {
        URI uri = checkForm(url);
        String host = bare(uri.getHost());
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UnresolvedHost(host);
        }
        if (addresses.isEmpty()) {
            throw new UnresolvedHost(host);
        }
        if (!unguardedHosts.contains(host)) {
            for (InetAddress address : addresses) {
                if (isForbidden(address)) {
                    throw new UnsafeUrl("L'adresse « " + host + " » mène à une adresse IP réservée ("
                            + address.getHostAddress()
                            + ") : seules les adresses publiques sont appelées.");
                }
            }
        }
        return new Target(uri, host, port, tls, pathAndQuery, List.copyOf(addresses));
    }

    /** The refusal of a name that resolves to no address (now: it may later, and is checked again then). */
    public static final class UnresolvedHost extends UnsafeUrl {
        UnresolvedHost(String host) {
            super("Le nom « " + host + " » ne se résout en aucune adresse.");
        }
    }

    /** A literal IPv6 host comes in brackets in a URL. */
    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    /** True for every address a webhook must not reach. */
    public static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isForbiddenIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isForbiddenIpv6(b);
        }
        return true;
    }

    private static boolean isForbiddenIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return first == 0 // "this network" 0.0.0.0/8
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT) 100.64/10
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (third == 0 || third == 2)) // IETF protocol, TEST-NET-1
                || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                || (first == 198 && second == 51 && third == 100) // TEST-NET-2
                || (first == 203 && second == 0 && third == 113) // TEST-NET-3
                || first >= 224; // multicast, reserved 240/4, broadcast
    }

    private static boolean isForbiddenIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
            return true;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // deprecated site-local fec0::/10
            return true;
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) { // documentation 2001:db8::/32
            return true;
        }
        if (first == 0x20 && b[1] == 0x02) { // 6to4: the IPv4 address is bytes 2 to 5
            return isForbiddenIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff; // ::ffff:a.b.c.d
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0; // ::a.b.c.d (and :: , ::1)
        boolean nat64 = first == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b; // 64:ff9b::/96
        if (mapped || compatible || nat64) {
            return isForbiddenIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        return false;
    }

    /** For tests and diagnostics: the guard's verdict on a literal address. */
    public static boolean isForbidden(String literal) {
        try {
            return isForbidden(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
