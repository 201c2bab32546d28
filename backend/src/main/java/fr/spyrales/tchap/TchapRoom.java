package fr.spyrales.tchap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Tchap room where the platform posts notices, configured by the animateurs: its homeserver, its Matrix id, the
 * bot's access token (sealed, or named by an environment variable) and the news it announces.
 */
@Entity
@Table(name = "tchap_room")
public class TchapRoom extends PanacheEntityBase {
    @Id
    public UUID id;

    public String name;

    @Column(name = "homeserver_url")
    public String homeserverUrl;

    @Column(name = "room_id")
    public String roomId;

    /** The bot's token sealed by SecretBox with {@link #tokenBinding()}; null when it comes from the environment. */
    @Column(name = "access_token_sealed")
    public String accessTokenSealed;

    /** The environment variable holding the bot's token; null when the token is stored. */
    @Column(name = "access_token_env")
    public String accessTokenEnv;

    /** Names of {@link TchapNewsType}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "news_types")
    public String[] newsTypes = new String[0];

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** What a sealed token is bound to: copied onto another room, it no longer opens. */
    String tokenBinding() {
        return "tchap_room:" + id;
    }
}
