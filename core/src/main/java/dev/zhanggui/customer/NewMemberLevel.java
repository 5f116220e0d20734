package dev.zhanggui.customer;

import dev.zhanggui.shared.Points;

import java.math.BigDecimal;

/** The terms of a member level as staff enter them. */
public record NewMemberLevel(String name, long pointsRequirement, BigDecimal discountRate) {
    Points requirement() {
        return Points.of(pointsRequirement);
    }
}
