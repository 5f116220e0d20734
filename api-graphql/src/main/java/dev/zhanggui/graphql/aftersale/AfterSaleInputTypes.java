package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSaleFilter;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleRequest;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.AfterSaleStatusValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.AfterSaleTypeValue;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.TimeBound;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The GraphQL inputs of after-sales: the request and the back office's list filter. */
public final class AfterSaleInputTypes {
    private AfterSaleInputTypes() {
    }

    @Input("AfterSaleRequestInput")
    @Description("申请售后: the type, the lines (none for every unit still refundable), a reason code from"
            + " afterSaleReasons (required), and optionally what happened (at most 500 characters) and photos"
            + " (at most 9 https URLs)")
    public record AfterSaleRequestInput(@NonNull AfterSaleTypeValue type, List<AfterSaleLineInput> lines,
                                        String reason, String description, List<String> images) {
        AfterSaleRequest toCore(OrderId order) {
            if (lines != null && lines.contains(null)) {
                throw DomainException.invalidField("lines", ErrorCode.AFTERSALE_LINES_INVALID,
                        "Each line names its index and a quantity");
            }
            if (images != null && images.contains(null)) {
                throw DomainException.invalidField("images", ErrorCode.AFTERSALE_INVALID, "An image is an https URL");
            }
            List<AfterSaleLine> units = lines == null ? List.of()
                    : lines.stream().map(l -> new AfterSaleLine(l.line(), l.quantity())).toList();
            return new AfterSaleRequest(order, type == null ? null : type.toCore(), units, reason,
                    Optional.ofNullable(description), images == null ? List.of() : images);
        }
    }

    @Input("AfterSaleLineInput")
    @Description("Units of one order line, by the line's index")
    public record AfterSaleLineInput(@NonNull @Description("The order line's index") int line,
                                     @NonNull int quantity) {
    }

    @Input("AfterSaleFilter")
    @Description("退换货订单 filter: status, type, requested from (inclusive) until (exclusive); from and until are"
            + " ISO 8601 instants, or dates in the merchant's zone (an until date includes that whole day)")
    public record AfterSaleFilterInput(AfterSaleStatusValue status, AfterSaleTypeValue type, String from,
                                       String until) {
        AfterSaleFilter toCore(ZoneId zone) {
            return new AfterSaleFilter(Optional.ofNullable(status).map(AfterSaleStatusValue::toCore),
                    Optional.ofNullable(type).map(AfterSaleTypeValue::toCore), bound("from", from, zone, false),
                    bound("until", until, zone, true));
        }

        private static Optional<Instant> bound(String field, String text, ZoneId zone, boolean upper) {
            return TimeBound.of(field, text, zone, upper, ErrorCode.VALIDATION_FAILED);
        }
    }
}
