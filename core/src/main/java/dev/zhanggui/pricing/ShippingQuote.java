package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

import java.util.Optional;

/**
 * What delivery costs: the carrier's fee for the parcel's weight, what a free-shipping promotion
 * waived of it (and which one), and what is charged. Pickup costs nothing and names no carrier.
 */
public record ShippingQuote(DeliveryMethod method, Optional<CarrierId> carrier, long weightGrams, Money fee,
                            Money waived, Optional<String> waivedBy, Money charged) {
}
