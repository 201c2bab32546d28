package fr.spyrales.common;

import io.smallrye.config.ConfigMapping;

/** Throttling limits: the hits a bucket holds, refilled evenly over the window, per client address and per e-mail address. */
@ConfigMapping(prefix = "spyrales.rate-limit")
public interface RateLimitConfig {
    long windowSeconds();

    int loginPerIp();

    int loginPerEmail();

    int registerPerIp();

    int registerPerEmail();

    int resetPerIp();

    int resetPerEmail();
}
