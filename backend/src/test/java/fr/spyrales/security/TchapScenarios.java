package fr.spyrales.security;

import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.tchap.TchapFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** Contexts of the Tchap rooms' operations: a room an animateur configured, announcing nothing. */
@ApplicationScoped
public class TchapScenarios {
    @Inject
    TchapFixtures rooms;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("listTchapRooms", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry(
                        "createTchapRoom",
                        (caller, row) -> Call.by(cast.who(caller)).body(TchapFixtures.body(Map.of()))),
                Map.entry("getTchapRoom", onRoom()),
                Map.entry("updateTchapRoom", (caller, row) -> {
                    UUID room = room();
                    return Call.by(cast.who(caller))
                            .path("id", room)
                            .body(TchapFixtures.body(Map.of("name", "Spyrales — webinaires")));
                }),
                Map.entry("deleteTchapRoom", onRoom()),
                Map.entry("sendTchapTestNotice", onRoom()));
    }

    private Scenario onRoom() {
        return (caller, row) -> Call.by(cast.who(caller)).path("id", room());
    }

    private UUID room() {
        return rooms.create(cast.who(Caller.ANIMATEUR), Map.of());
    }
}
