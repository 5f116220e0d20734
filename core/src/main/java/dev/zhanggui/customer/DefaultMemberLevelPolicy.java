package dev.zhanggui.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The level with the highest requirement the customer's points reach (at least the requirement,
 * on the merchant's basis); no level below the lowest requirement. The level follows the points
 * at every reading, so there is nothing to recompute when points move.
 */
public final class DefaultMemberLevelPolicy implements MemberLevelPolicy {
    @Override
    public Optional<MemberLevel> levelFor(List<MemberLevel> levels, PointsStanding standing, LevelBasis basis) {
        var points = standing.on(basis);
        return levels.stream().filter(l -> l.isReachedWith(points))
                .max(Comparator.comparing(MemberLevel::pointsRequirement));
    }
}
