package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a coupon template (优惠券模板) within a merchant. */
public record CouponTemplateId(UUID value) {
    public CouponTemplateId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static CouponTemplateId parse(String text) {
        try {
            return new CouponTemplateId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, "No such id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
