package dev.zhanggui.customer;

import dev.zhanggui.shared.Points;

/** A customer's points as the wallet knows them: ever earned, and held now. */
public record PointsStanding(Points lifetimeEarned, Points current) {
    public static final PointsStanding NONE = new PointsStanding(Points.zero(), Points.zero());

    public Points on(LevelBasis basis) {
        return basis == LevelBasis.LIFETIME_EARNED ? lifetimeEarned : current;
    }
}
