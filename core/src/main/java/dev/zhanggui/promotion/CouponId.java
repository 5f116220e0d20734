package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a coupon (优惠券) held by a customer within a merchant. */
public record CouponId(UUID value) {
    public CouponId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static CouponId parse(String text) {
        try {
            return new CouponId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.COUPON_NOT_FOUND, "No such id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
