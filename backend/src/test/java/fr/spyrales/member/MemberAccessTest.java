package fr.spyrales.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose profile page opens for whom, without the application. */
class MemberAccessTest {
    private static final UUID SOMEONE_ELSE = UUID.randomUUID();

    @ParameterizedTest(name = "confirmed {0}, {1}, erased {2}, seen by {3}: {4}")
    @CsvSource({
        // confirmed, visibility, erased, viewer,       page
        "true,  COMMUNITY, false, member,       opens",
        "true,  PRIVATE,   false, member,       hidden",
        "false, COMMUNITY, false, member,       hidden",
        "true,  PRIVATE,   false, themselves,   opens",
        "false, PRIVATE,   false, themselves,   opens",
        "true,  PRIVATE,   false, admin,        opens",
        "false, COMMUNITY, false, admin,        opens",
        "true,  COMMUNITY, true,  member,       hidden",
        "true,  COMMUNITY, true,  themselves,   hidden",
        "true,  COMMUNITY, true,  admin,        hidden",
    })
    void aProfileOpensToItsOwnerToAdminsAndOnceSharedToTheCommunity(
            boolean confirmed, Visibility visibility, boolean erased, String viewer, String expected) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.emailVerifiedAt = confirmed ? OffsetDateTime.now() : null;
        member.visibility = visibility;
        member.erasedAt = erased ? OffsetDateTime.now() : null;

        boolean seen = MemberAccess.canSee(
                member, viewer.equals("themselves") ? member.id : SOMEONE_ELSE, viewer.equals("admin"));

        assertEquals(expected, seen ? "opens" : "hidden");
    }
}
