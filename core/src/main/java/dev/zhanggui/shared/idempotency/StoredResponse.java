package dev.zhanggui.shared.idempotency;

import java.util.Map;

/**
 * The first answer given to a request with an idempotency key, as the transport rendered it
 * (status, content type, the headers that matter such as Location and ETag, body), so that a
 * replay returns exactly the same.
 */
public record StoredResponse(int status, String contentType, Map<String, String> headers, String body) {
    public StoredResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
