package dev.zhanggui.order;

import java.time.Instant;
import java.util.Optional;

/**
 * The in-store verification code of a pickup or scan-and-go order (核销码, 出店码), shown as a QR
 * code; staff verify it once, and who and when is kept.
 */
public record Verification(String code, Optional<String> verifiedBy, Optional<Instant> verifiedAt) {
    public static Verification issued(String code) {
        return new Verification(code, Optional.empty(), Optional.empty());
    }

    public boolean isUsed() {
        return verifiedAt.isPresent();
    }

    Verification usedBy(String staff, Instant at) {
        return new Verification(code, Optional.of(staff), Optional.of(at));
    }
}
