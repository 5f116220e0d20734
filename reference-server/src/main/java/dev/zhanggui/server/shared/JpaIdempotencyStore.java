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
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Idempotency keys in PostgreSQL. The claim is one {@code insert ... on conflict do nothing}, so
 * two server instances racing on one key cannot both run the request.
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Override
    public IdempotencyClaim claim(IdempotencyScope scope, String key, String fingerprint, Instant now,
                                  Duration abandonAfter) {
        int inserted = em.createNativeQuery("""
                        insert into idempotency_record (merchant_id, principal, idempotency_key, fingerprint, claimed_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, scope.merchant().value()).setParameter(2, scope.principal()).setParameter(3, key)
                .setParameter(4, fingerprint).setParameter(5, utc(now))
                .executeUpdate();
        if (inserted == 1) {
            return new IdempotencyClaim.Claimed();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select fingerprint, completed_at is not null, response_status, response_content_type,
                               response_headers, response_body, claimed_at < ?4
                        from idempotency_record
                        where merchant_id = ?1 and principal = ?2 and idempotency_key = ?3 for update""")
                .setParameter(1, scope.merchant().value()).setParameter(2, scope.principal()).setParameter(3, key)
                .setParameter(4, utc(now.minus(abandonAfter)))
                .getResultList();
        if (rows.isEmpty()) {
            return new IdempotencyClaim.InProgress(); // released between our insert and select: retry later
        }
        Object[] row = rows.getFirst();
        if (!fingerprint.equals(row[0])) {
            return new IdempotencyClaim.Mismatch();
        }
        if ((Boolean) row[1]) {
            return new IdempotencyClaim.Completed(new StoredResponse(((Number) row[2]).intValue(), (String) row[3],
                    readHeaders((String) row[4]), (String) row[5]));
        }
        if ((Boolean) row[6]) {
            em.createNativeQuery("""
                            update idempotency_record set claimed_at = ?4
                            where merchant_id = ?1 and principal = ?2 and idempotency_key = ?3""")
                    .setParameter(1, scope.merchant().value()).setParameter(2, scope.principal())
                    .setParameter(3, key).setParameter(4, utc(now))
                    .executeUpdate();
            return new IdempotencyClaim.Claimed();
        }
        return new IdempotencyClaim.InProgress();
    }

    @Override
    public void complete(IdempotencyScope scope, String key, StoredResponse response, Instant now) {
        em.createNativeQuery("""
                        update idempotency_record
                        set completed_at = ?4, response_status = ?5, response_content_type = ?6,
                            response_headers = ?7, response_body = ?8
                        where merchant_id = ?1 and principal = ?2 and idempotency_key = ?3""")
                .setParameter(1, scope.merchant().value()).setParameter(2, scope.principal()).setParameter(3, key)
                .setParameter(4, utc(now)).setParameter(5, response.status())
                .setParameter(6, response.contentType()).setParameter(7, writeHeaders(response.headers()))
                .setParameter(8, response.body())
                .executeUpdate();
    }

    @Override
    public void release(IdempotencyScope scope, String key) {
        em.createNativeQuery("""
                        delete from idempotency_record
                        where merchant_id = ?1 and principal = ?2 and idempotency_key = ?3 and completed_at is null""")
                .setParameter(1, scope.merchant().value()).setParameter(2, scope.principal()).setParameter(3, key)
                .executeUpdate();
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return em.createNativeQuery("delete from idempotency_record where claimed_at < ?1")
                .setParameter(1, utc(cutoff)).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
