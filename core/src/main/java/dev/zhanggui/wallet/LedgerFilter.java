package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Instant;
import java.util.Optional;

/** Which ledger entries to list: of one asset, one reason, from (inclusive) and before (exclusive) a time. */
public record LedgerFilter(Optional<Asset> asset, Optional<LedgerReason> reason, Optional<Instant> from,
                           Optional<Instant> to) {
    public LedgerFilter {
        asset = asset == null ? Optional.empty() : asset;
        reason = reason == null ? Optional.empty() : reason;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw DomainException.invalidField("to", ErrorCode.VALIDATION_FAILED, "'to' must be after 'from'");
        }
    }

    public static LedgerFilter all() {
        return new LedgerFilter(null, null, null, null);
    }

    public boolean matches(LedgerEntry entry) {
        return asset.map(a -> a == entry.asset()).orElse(true)
                && reason.map(r -> r == entry.reason()).orElse(true)
                && from.map(f -> !entry.at().isBefore(f)).orElse(true)
                && to.map(t -> entry.at().isBefore(t)).orElse(true);
    }
}
