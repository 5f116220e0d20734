package dev.zhanggui.server.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.shared.idempotency.IdempotencyClaim;
import dev.zhanggui.shared.idempotency.IdempotencyScope;
import dev.zhanggui.shared.idempotency.IdempotencyStore;
import dev.zhanggui.shared.idempotency.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Idempotency keys in PostgreSQL, in plain JDBC on the connection of the current transaction. The
 * claim is one {@code insert ... on conflict do nothing}, so two server instances racing on one
 * key cannot both run the request.
 */
@ApplicationScoped
public class JdbcIdempotencyStore implements IdempotencyStore {
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final String KEY = "merchant_id = ? and principal = ? and idempotency_key = ?";

    @Inject
    JdbcStatements sql;
    @Inject
    ObjectMapper json;

    /** A stored record as the claim reads it. */
    private record Row(String fingerprint, boolean completed, StoredResponse response, boolean abandoned) {
    }

    @Override
    public IdempotencyClaim claim(IdempotencyScope scope, String key, String fingerprint, Instant now,
                                  Duration abandonAfter) {
        int inserted = sql.update("""
                insert into idempotency_record (merchant_id, principal, idempotency_key, fingerprint, claimed_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""", s -> {
            bindKey(s, scope, key);
            s.setString(4, fingerprint);
            s.setObject(5, utc(now));
        });
        if (inserted == 1) {
            return new IdempotencyClaim.Claimed();
        }
        Optional<Row> stored = sql.queryOne("""
                select fingerprint, completed_at is not null, response_status, response_content_type,
                       response_headers, response_body, claimed_at < ?
                from idempotency_record where""" + " " + KEY + " for update", s -> {
            s.setObject(1, utc(now.minus(abandonAfter)));
            s.setString(2, scope.merchant().value());
            s.setString(3, scope.principal());
            s.setString(4, key);
        }, r -> new Row(r.getString(1), r.getBoolean(2), r.getBoolean(2)
                ? new StoredResponse(r.getInt(3), r.getString(4), readHeaders(r.getString(5)), r.getString(6)) : null,
                r.getBoolean(7)));
        if (stored.isEmpty()) {
            return new IdempotencyClaim.InProgress(); // released between our insert and select: retry later
        }
        Row row = stored.get();
        if (!fingerprint.equals(row.fingerprint())) {
            return new IdempotencyClaim.Mismatch();
        }
        if (row.completed()) {
            return new IdempotencyClaim.Completed(row.response());
        }
        if (row.abandoned()) {
            sql.update("update idempotency_record set claimed_at = ? where " + KEY, s -> {
                s.setObject(1, utc(now));
                bindKey(s, 2, scope, key);
            });
            return new IdempotencyClaim.Claimed();
        }
        return new IdempotencyClaim.InProgress();
    }

    @Override
    public void complete(IdempotencyScope scope, String key, StoredResponse response, Instant now) {
        sql.update("""
                update idempotency_record
                set completed_at = ?, response_status = ?, response_content_type = ?, response_headers = ?,
                    response_body = ?
                where""" + " " + KEY, s -> {
            s.setObject(1, utc(now));
            s.setInt(2, response.status());
            s.setString(3, response.contentType());
            s.setString(4, writeHeaders(response.headers()));
            s.setString(5, response.body());
            bindKey(s, 6, scope, key);
        });
    }

    @Override
    public void release(IdempotencyScope scope, String key) {
        sql.update("delete from idempotency_record where " + KEY + " and completed_at is null",
                s -> bindKey(s, scope, key));
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return sql.update("delete from idempotency_record where claimed_at < ?", s -> s.setObject(1, utc(cutoff)));
    }

    private static void bindKey(PreparedStatement s, IdempotencyScope scope, String key) throws SQLException {
        bindKey(s, 1, scope, key);
    }

    private static void bindKey(PreparedStatement s, int at, IdempotencyScope scope, String key) throws SQLException {
        s.setString(at, scope.merchant().value());
        s.setString(at + 1, scope.principal());
        s.setString(at + 2, key);
    }

    private String writeHeaders(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readHeaders(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
