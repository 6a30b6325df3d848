package ua.fakh.core.notifications;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The part every messenger shares: which chat belongs to which person, and the one-time tokens of
 * the deep links that link them. Each messenger keeps its own two tables, {@code <id>_links} (one
 * chat per person, one person per chat) and {@code <id>_link_tokens}; a token is kept only as its
 * SHA-256, works once and for {@link #TOKEN_LIFETIME}, and asking for a new one voids the person's
 * earlier unused ones. Redeeming a token and linking the chat happen in one transaction, so two nodes
 * handling the same update link once. Table names come from plugin ids (checked), never from input.
 */
@Singleton
public class MessengerAccounts {
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);
    /** What a deep link can carry: Telegram's start parameter allows 1–64 of A–Z, a–z, 0–9, _ and -. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;
    private final Clock clock;

    public MessengerAccounts(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token (32 URL-safe characters) for the person; earlier unused ones, and long-expired ones, are dropped. */
    @Transactional
    public LinkToken newToken(String plugin, UUID userId) {
        Instant now = clock.instant();
        update("DELETE FROM " + tokens(plugin) + " WHERE (user_id = ? AND used_at IS NULL) OR expires_at < ?",
                userId, at(now.minus(Duration.ofDays(1))));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(TOKEN_LIFETIME);
        update("INSERT INTO " + tokens(plugin) + " (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                hash(token), userId, at(expiresAt));
        return new LinkToken(token, expiresAt);
    }

    /**
     * Uses the token up and links {@code address} (a chat id) to its person, moving the chat from
     * whoever had it and replacing the person's earlier chat. Empty when the token is unknown,
     * used, expired or malformed, or its person is no longer active.
     */
    @Transactional
    public Optional<LinkedPerson> redeem(String plugin, String token, String address) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        int claimed = update("UPDATE " + tokens(plugin) + " SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                at(now), hash, at(now));
        if (claimed != 1) {
            return Optional.empty();
        }
        Optional<LinkedPerson> person = query("SELECT u.id, u.locale FROM " + tokens(plugin) + " t JOIN users u ON u.id = t.user_id"
                + " WHERE t.token_hash = ? AND u.status = 'ACTIVE'", hash);
        person.ifPresent(p -> {
            update("DELETE FROM " + links(plugin) + " WHERE user_id = ? OR address = ?", p.userId(), address);
            update("INSERT INTO " + links(plugin) + " (user_id, address, linked_at) VALUES (?, ?, ?)", p.userId(), address, at(now));
        });
        return person;
    }

    /** The person's chat, if linked. */
    @Transactional
    public Optional<String> addressOf(String plugin, UUID userId) {
        return jdbc.prepareStatement("SELECT address FROM " + links(plugin) + " WHERE user_id = ?", statement -> {
            statement.setObject(1, userId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** The person a chat is linked to, if any. */
    @Transactional
    public Optional<LinkedPerson> personAt(String plugin, String address) {
        return query("SELECT u.id, u.locale FROM " + links(plugin) + " l JOIN users u ON u.id = l.user_id WHERE l.address = ?", address);
    }

    @Transactional
    public boolean unlink(String plugin, UUID userId) {
        return update("DELETE FROM " + links(plugin) + " WHERE user_id = ?", userId) > 0;
    }

    /** Forgets a chat (its person left or blocked the bot); true when it was linked. */
    @Transactional
    public boolean unlinkAddress(String plugin, String address) {
        return update("DELETE FROM " + links(plugin) + " WHERE address = ?", address) > 0;
    }

    /** A token as the deep link carries it, and when it stops working. */
    public record LinkToken(String token, Instant expiresAt) {
    }

    private Optional<LinkedPerson> query(String sql, Object parameter) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new LinkedPerson(row.getObject(1, UUID.class), Locale.forLanguageTag(row.getString(2))))
                        : Optional.<LinkedPerson>empty();
            }
        });
    }

    private int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String links(String plugin) {
        return checked(plugin) + "_links";
    }

    private static String tokens(String plugin) {
        return checked(plugin) + "_link_tokens";
    }

    private static String checked(String plugin) {
        if (!PluginDescriptor.ID_PATTERN.matcher(plugin).matches()) {
            throw new IllegalArgumentException("Not a plugin id: " + plugin);
        }
        return plugin;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
