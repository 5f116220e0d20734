package dev.zhanggui.aftersale;

import java.time.Instant;

/** The parcel the customer sends the goods back in (退货物流): carrier, tracking number, when entered. */
public record ReturnShipment(String carrier, String trackingNumber, Instant enteredAt) {
}
