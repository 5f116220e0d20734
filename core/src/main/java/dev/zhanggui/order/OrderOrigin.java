package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;

import java.util.Objects;
import java.util.Optional;

/** Whose order it is and how it came in: the customer, the source and the salesperson who took it (业务员). */
public record OrderOrigin(CustomerId customer, OrderSource source, Optional<String> salesperson) {
    public OrderOrigin {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(source, "source");
        salesperson = salesperson == null ? Optional.empty() : salesperson;
    }
}
