package fr.spyrales.demo;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The demo community (an admin and about 80 agents whose password the README prints) exists only in a local
 * trial: asked for with SPYRALES_DEMO=true, on an instance whose public URL is this machine. Anywhere else it
 * would be an open door, so the start is refused rather than the demo quietly skipped or given another password.
 */
final class LocalDemo {
    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private LocalDemo() {}

    /** Why the application must not start, or empty when the demo (asked for or left in the database) is local. */
    static Optional<String> refusal(boolean demoAsked, boolean demoAccountsPresent, String publicUrl) {
        if (isLocal(publicUrl)) {
            return Optional.empty();
        }
        if (demoAsked) {
            return Optional.of(
                    "SPYRALES_DEMO=true is refused: the demo community has an admin whose password is public, "
                            + "and spyrales.public-url (" + publicUrl
                            + ") is not a localhost address. The demo is for a local "
                            + "trial only (SPYRALES_PUBLIC_URL=http://localhost:8080); unset SPYRALES_DEMO anywhere else.");
        }
        if (demoAccountsPresent) {
            return Optional.of("This database holds demo accounts (member.is_demo), whose password is public, and "
                    + "spyrales.public-url (" + publicUrl + ") is not a localhost address. Use a database of your own "
                    + "for this instance, or remove the demo accounts before opening it.");
        }
        return Optional.empty();
    }

    /** http(s) to localhost, 127.x.x.x or [::1], written as such: no name is resolved. */
    static boolean isLocal(String publicUrl) {
        URI uri;
        try {
            uri = new URI(publicUrl);
        } catch (Exception malformed) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && (host.equals("localhost")
                        || host.equals("[::1]")
                        || LOOPBACK_IPV4.matcher(host).matches());
    }
}
