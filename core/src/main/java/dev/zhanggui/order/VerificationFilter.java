package dev.zhanggui.order;

import java.time.Instant;
import java.util.Optional;

/** Which verifications (核销记录) to list: by whom, verified in {@code [from, until)}. */
public record VerificationFilter(Optional<String> verifiedBy, Optional<Instant> from, Optional<Instant> until) {
    public VerificationFilter {
        verifiedBy = verifiedBy == null ? Optional.empty() : verifiedBy;
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
    }

    public boolean matches(Order order) {
        Optional<Verification> v = order.verification().filter(Verification::isUsed);
        if (v.isEmpty()) {
            return false;
        }
        Instant at = v.get().verifiedAt().orElseThrow();
        return verifiedBy.map(s -> v.get().verifiedBy().filter(s::equals).isPresent()).orElse(true)
                && from.map(f -> !at.isBefore(f)).orElse(true)
                && until.map(at::isBefore).orElse(true);
    }
}
