package fr.spyrales.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes a partner client's token needs for an operation (on a resource method, or on its class). A token
 * lacking one gets 403 naming it; {@code @PartnerScope({})} lets any partner client in. An operation without it
 * refuses partner tokens. Member callers are unaffected.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PartnerScope {
    String[] value();
}
