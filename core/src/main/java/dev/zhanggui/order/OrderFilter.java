package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;

import java.time.Instant;
import java.util.Optional;

/** The back office's order list filter: status, placed between two instants, customer, source, salesperson, tender. */
public record OrderFilter(Optional<OrderStatus> status, Optional<Instant> from, Optional<Instant> until,
                          Optional<CustomerId> customer, Optional<OrderSource> source,
                          Optional<String> salesperson, Optional<TenderType> tender) {
    public static final OrderFilter ALL = new OrderFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean matches(Order order) {
        return status.map(s -> order.status() == s).orElse(true)
                && from.map(f -> !order.createdAt().isBefore(f)).orElse(true)
                && until.map(u -> order.createdAt().isBefore(u)).orElse(true)
                && customer.map(c -> order.customer().equals(c)).orElse(true)
                && source.map(s -> order.origin().source() == s).orElse(true)
                && salesperson.map(s -> order.origin().salesperson().filter(s::equals).isPresent()).orElse(true)
                && tender.map(t -> order.tenders().stream().anyMatch(x -> x.type() == t)
                        || order.plan().rest() == t).orElse(true);
    }
}
