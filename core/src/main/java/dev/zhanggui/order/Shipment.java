package dev.zhanggui.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One package sent (包裹): the carrier, its tracking number, the lines and quantities inside, who sent it, when. */
public record Shipment(UUID id, String carrier, String trackingNumber, List<ShipmentLine> lines, String shippedBy,
                       Instant shippedAt) {
    public Shipment {
        lines = List.copyOf(lines);
    }
}
