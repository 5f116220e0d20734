package dev.zhanggui.shared.idempotency;

/**
 * The first answer given to a request with an idempotency key, as the transport rendered it, so
 * that a replay returns exactly the same status and body.
 */
public record StoredResponse(int status, String contentType, String body) {
}
