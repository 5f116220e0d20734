package dev.zhanggui.shared.idempotency;

import dev.zhanggui.shared.MerchantId;

/** Whose keys these are: a key means something only for one principal of one merchant. */
public record IdempotencyScope(MerchantId merchant, String principal) {
    public IdempotencyScope {
        if (merchant == null || principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("merchant and principal are required");
        }
    }
}
