package fr.spyrales.member;

import java.util.UUID;

/**
 * How many events a member attended, for their page. The event feature answers it: it knows the members, the
 * members do not know it (no cycle between the two features).
 */
public interface AttendedEvents {
    long count(UUID memberId);
}
