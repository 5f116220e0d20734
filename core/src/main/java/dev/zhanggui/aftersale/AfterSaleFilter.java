package dev.zhanggui.aftersale;

import java.time.Instant;
import java.util.Optional;

/** The back office's after-sales list filter (退换货订单): status, type, requested between two instants. */
public record AfterSaleFilter(Optional<AfterSaleStatus> status, Optional<AfterSaleType> type, Optional<Instant> from,
                              Optional<Instant> until) {
    public static final AfterSaleFilter ALL = new AfterSaleFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public AfterSaleFilter {
        status = status == null ? Optional.empty() : status;
        type = type == null ? Optional.empty() : type;
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
    }

    public static AfterSaleFilter status(AfterSaleStatus status) {
        return new AfterSaleFilter(Optional.of(status), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean matches(AfterSale afterSale) {
        return status.map(s -> afterSale.status() == s).orElse(true)
                && type.map(t -> afterSale.type() == t).orElse(true)
                && from.map(f -> !afterSale.requestedAt().isBefore(f)).orElse(true)
                && until.map(u -> afterSale.requestedAt().isBefore(u)).orElse(true);
    }
}
