package fr.spyrales.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard as production runs it (no unguarded host), with a resolver that never leaves the machine. */
class UrlGuardTest {
    /** Names and what they resolve to, as a DNS server controlled by an attacker could answer. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "partenaire.example.fr", List.of("203.0.114.10"),
            "interne.example.fr", List.of("10.1.2.3"),
            "moitie.example.fr", List.of("203.0.114.10", "192.168.0.10"),
            "metadonnees.example.fr", List.of("169.254.169.254"),
            "boucle.example.fr", List.of("::1"),
            "mappee.example.fr", List.of("::ffff:127.0.0.1"));

    private final UrlGuard guard = new UrlGuard(UrlGuardTest::resolve, Set.of());

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        List<String> literals = NAMES.get(host);
        if (literals == null) {
            // Literal addresses resolve to themselves without any lookup.
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[literals.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = InetAddress.getByAddress(
                    host, InetAddress.getByName(literals.get(i)).getAddress());
        }
        return List.of(addresses);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1",
                "http://169.254.169.254/latest/meta-data/",
                "https://127.0.0.1",
                "https://127.0.0.1:8443/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://10.0.0.1/hook",
                "https://172.16.5.4/",
                "https://192.168.1.1/",
                "https://100.64.0.1/",
                "https://0.0.0.0/",
                "https://[::1]/",
                "https://[fe80::1]/",
                "https://[fd00::1]/",
                "https://[::ffff:10.0.0.1]/",
                "https://[::ffff:169.254.169.254]/",
                "https://[64:ff9b::a9fe:a9fe]/",
                "https://[2002:7f00:1::]/",
                "https://224.0.0.1/",
                "https://interne.example.fr/hook",
                "https://metadonnees.example.fr/",
                "https://boucle.example.fr/",
                "https://mappee.example.fr/",
                "https://moitie.example.fr/hook",
                "https://partenaire.example.fr@10.0.0.1/",
                "https://user:secret@partenaire.example.fr/hook",
                "http://partenaire.example.fr/hook",
                "ftp://partenaire.example.fr/hook",
                "https://inconnu.example.fr/hook",
                "/hook",
                "https://partenaire.example.fr/hook#fragment",
                "pas une url"
            })
    void refusesEveryAddressThatCouldReachOurNetwork(String url) {
        assertThrows(UnsafeUrl.class, () -> guard.check(url), url);
    }

    @Test
    void aNameResolvingToAPrivateAddressIsRefusedWithTheAddressNamed() {
        UnsafeUrl refusal = assertThrows(UnsafeUrl.class, () -> guard.check("https://interne.example.fr/x"));
        assertTrue(refusal.getMessage().contains("10.1.2.3"), refusal.getMessage());
    }

    @Test
    void acceptsAPublicHttpsAddressAndKeepsTheAddressesItChecked() throws Exception {
        UrlGuard.Target target = guard.check("https://partenaire.example.fr/hooks/spyrales?source=1");
        assertEquals("partenaire.example.fr", target.host());
        assertEquals(443, target.port());
        assertTrue(target.tls());
        assertEquals("/hooks/spyrales?source=1", target.pathAndQuery());
        assertEquals(
                List.of("203.0.114.10"),
                target.addresses().stream().map(InetAddress::getHostAddress).toList());
    }

    @Test
    void classifiesPublicAddressesAsAllowed() {
        assertFalse(UrlGuard.isForbidden("203.0.114.10"));
        assertFalse(UrlGuard.isForbidden("2a01:4f8::1"));
        assertFalse(UrlGuard.isForbidden("100.128.0.1"));
        assertFalse(UrlGuard.isForbidden("172.32.0.1"));
        assertTrue(UrlGuard.isForbidden("100.127.255.254"));
        assertTrue(UrlGuard.isForbidden("172.31.255.254"));
    }

    @Test
    void anUnguardedTestHostMayUsePlainHttpOnTheLoopback() throws Exception {
        var testing = new UrlGuard(UrlGuardTest::resolve, Set.of("127.0.0.1"));
        assertEquals(8089, testing.check("http://127.0.0.1:8089/hook").port());
        assertThrows(UnsafeUrl.class, () -> testing.check("http://10.0.0.1/hook"));
        assertThrows(UnsafeUrl.class, () -> testing.check("https://169.254.169.254/"));
    }
}
