package dev.zhanggui.customer;

import java.util.List;
import java.util.Optional;

/** Decides which member level a customer holds from their points; merchants may want other rules. */
public interface MemberLevelPolicy {
    Optional<MemberLevel> levelFor(List<MemberLevel> levels, PointsStanding standing, LevelBasis basis);
}
