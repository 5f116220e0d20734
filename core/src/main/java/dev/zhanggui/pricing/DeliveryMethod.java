package dev.zhanggui.pricing;

/** How goods reach the customer: shipped by a carrier (快递), or picked up in a store (到店自提, free). */
public enum DeliveryMethod {
    EXPRESS, PICKUP
}
