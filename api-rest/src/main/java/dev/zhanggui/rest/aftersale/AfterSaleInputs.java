package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleRequest;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

/** What clients send to the after-sales endpoints. */
public final class AfterSaleInputs {
    private AfterSaleInputs() {
    }

    @Schema(name = "AfterSaleRequestInput", description = "A request (申请售后): the type, the lines (none for every "
            + "unit still refundable), a reason code from the merchant's list, and optionally what happened and photos")
    public record RequestInput(@Schema(description = "REFUND_ONLY or RETURN_AND_REFUND") String type,
                               @Schema(nullable = true) List<LineInput> lines,
                               @Schema(description = "A code of GET /api/v1/after-sale-reasons") String reason,
                               @Schema(nullable = true, description = "At most 500 characters") String description,
                               @Schema(nullable = true, description = "At most 9 https URLs") List<String> images) {
        AfterSaleRequest toRequest(OrderId order) {
            List<AfterSaleLine> units = lines == null ? List.of() : lines.stream().map(l -> {
                if (l == null || l.line() == null || l.quantity() == null) {
                    throw DomainException.invalidField("lines", ErrorCode.AFTERSALE_LINES_INVALID,
                            "Each line names its index and a quantity");
                }
                return new AfterSaleLine(l.line(), l.quantity());
            }).toList();
            return new AfterSaleRequest(order, type(type), units, reason, Optional.ofNullable(description),
                    images == null ? List.of() : images);
        }

        private static AfterSaleType type(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return AfterSaleType.valueOf(text.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidField("type", ErrorCode.AFTERSALE_INVALID,
                        "type is REFUND_ONLY or RETURN_AND_REFUND");
            }
        }
    }

    @Schema(name = "AfterSaleLineInput", description = "Units of one order line, by the line's index")
    public record LineInput(Integer line, Integer quantity) {
    }

    @Schema(name = "ReturnShipmentInput", description = "The carrier and tracking number of the goods sent back")
    public record ReturnShipmentInput(String carrier, String trackingNumber) {
    }

    @Schema(name = "AfterSaleRejectionInput", description = "Why the request is rejected (驳回), 1 to 200 characters")
    public record RejectionInput(String reason) {
    }

    @Schema(name = "ManualRefundInput", description = "How the refund was settled offline (手动退款), 1 to 200 characters")
    public record ManualRefundInput(String note) {
    }

    @Schema(name = "CancellationRefundInput", description = "An optional note on the refund of a cancelled order")
    public record CancellationRefundInput(@Schema(nullable = true) String note) {
    }
}
