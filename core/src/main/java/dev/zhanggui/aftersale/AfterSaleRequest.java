package dev.zhanggui.aftersale;

import dev.zhanggui.order.OrderId;

import java.util.List;
import java.util.Optional;

/**
 * What a customer asks for (申请售后).
 *
 * @param lines       the order lines and units; empty for the whole order (every unit still refundable)
 * @param reason      the code of one of the merchant's reasons (required)
 * @param description what happened, optional, at most 500 characters
 * @param images      photos as https URLs, at most 9
 */
public record AfterSaleRequest(OrderId order, AfterSaleType type, List<AfterSaleLine> lines, String reason,
                               Optional<String> description, List<String> images) {
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_IMAGES = 9;

    public AfterSaleRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
        description = description == null ? Optional.empty() : description.map(String::strip).filter(d -> !d.isEmpty());
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** The whole order, refund only, with a reason and nothing else. */
    public static AfterSaleRequest wholeOrder(OrderId order, AfterSaleType type, String reason) {
        return new AfterSaleRequest(order, type, List.of(), reason, Optional.empty(), List.of());
    }
}
