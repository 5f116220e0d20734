package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A member level (会员级别): a customer whose points reach the requirement holds the level and pays
 * list prices times its discount rate (0.8 means 20% off, 1 means none), unless a level price
 * (等级会员价) is set for the SKU. Immutable: a change is a new value with the next version.
 *
 * @param pointsRequirement the points a customer must have at least (lifetime earned or current,
 *                          as the merchant's {@link LevelBasis} says)
 * @param discountRate      0 &lt; rate &le; 1, at most 4 decimals
 */
public record MemberLevel(MemberLevelId id, MerchantId merchant, String name, Points pointsRequirement,
                          BigDecimal discountRate, long version) {

    public MemberLevel {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 32) {
            errors.add(new FieldError("name", ErrorCode.MEMBER_LEVEL_INVALID, "A level name must be 1 to 32 characters"));
        }
        if (pointsRequirement == null || pointsRequirement.isNegative()) {
            errors.add(new FieldError("pointsRequirement", ErrorCode.MEMBER_LEVEL_INVALID,
                    "The points requirement must be zero or more"));
        }
        if (discountRate == null || discountRate.signum() <= 0 || discountRate.compareTo(BigDecimal.ONE) > 0
                || discountRate.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError("discountRate", ErrorCode.MEMBER_LEVEL_INVALID,
                    "The discount rate must be more than 0 and at most 1, with at most 4 decimals"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.MEMBER_LEVEL_INVALID, "The member level is not valid", errors);
        }
    }

    /** The same level with new terms and the next version. */
    public MemberLevel revised(String newName, Points newRequirement, BigDecimal newRate) {
        return new MemberLevel(id, merchant, newName, newRequirement, newRate, version + 1);
    }

    /** Whether a customer with this many points (on the merchant's basis) reaches the level. */
    public boolean isReachedWith(Points points) {
        return !points.isLessThan(pointsRequirement);
    }
}
