package dev.zhanggui.pricing;

import dev.zhanggui.customer.CustomerId;

import java.util.List;
import java.util.Optional;

/**
 * A cart to price: its lines; the customer (empty for the caller themselves, or for an anonymous
 * visitor; staff name a customer to quote on their behalf); the coupon to use; how it is delivered
 * and where (the carrier is the cheapest enabled one if none is named).
 */
public record QuoteRequest(List<CartLine> lines, Optional<CustomerId> customer, CouponChoice coupon,
                           DeliveryMethod delivery, Optional<CarrierId> carrier,
                           Optional<ShippingRegion> region) {
    public QuoteRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
        customer = customer == null ? Optional.empty() : customer;
        coupon = coupon == null ? CouponChoice.BEST : coupon;
        delivery = delivery == null ? DeliveryMethod.EXPRESS : delivery;
        carrier = carrier == null ? Optional.empty() : carrier;
        region = region == null ? Optional.empty() : region;
    }
}
