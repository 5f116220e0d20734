package dev.zhanggui.order;

import dev.zhanggui.shared.Points;

import java.util.Objects;

/**
 * How the customer means to pay: points to spend, whether the balance pays first (余额优先), and
 * the tender for the rest. A draft keeps the plan; placing the order carries it out.
 */
public record PaymentPlan(Points points, boolean useBalance, TenderType rest) {
    public PaymentPlan {
        points = points == null ? Points.zero() : points;
        Objects.requireNonNull(rest, "rest");
        if (!rest.isRest()) {
            throw new IllegalArgumentException("the rest is paid by a tender other than balance or points");
        }
    }
}
