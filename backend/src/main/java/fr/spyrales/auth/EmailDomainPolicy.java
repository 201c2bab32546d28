package fr.spyrales.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The allowlist of public-sector e-mail domains. An entry is an exact domain (`insee.fr`),
 * a domain and its subdomains (`*.gouv.fr`), or a label pattern (`ac-*.fr`, `univ-*.fr`).
 */
@ApplicationScoped
public class EmailDomainPolicy {
    private final List<Pattern> patterns;

    @Inject
    EmailDomainPolicy(AuthConfig config) {
        this(config.registration().allowedDomains());
    }

    /** @param allowed the allowlist's entries, as configured (blank ones ignored) */
    EmailDomainPolicy(List<String> allowed) {
        this.patterns = allowed.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(EmailDomainPolicy::toPattern)
                .toList();
    }

    public boolean allows(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> p.matcher(domain).matches());
    }

    static Pattern toPattern(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.startsWith("*.")) {
            return Pattern.compile("([a-z0-9-]+\\.)+" + Pattern.quote(lower.substring(2)));
        }
        String[] parts = lower.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[a-z0-9-]+");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
