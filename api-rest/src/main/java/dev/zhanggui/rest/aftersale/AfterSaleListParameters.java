package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSaleFilter;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.TimeBound;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The filters of the back office's after-sales list (退换货订单) as query parameters; {@code from}
 * and {@code until} are ISO instants or dates in the merchant's zone ({@code until} a date includes
 * that whole day).
 */
public class AfterSaleListParameters {
    @QueryParam("status")
    @Parameter(description = "REQUESTED, AWAITING_RETURN, RETURN_SHIPPED, RETURN_RECEIVED, REFUNDING, REFUNDED, "
            + "MANUALLY_REFUNDED, REJECTED or WITHDRAWN")
    String status;
    @QueryParam("type")
    @Parameter(description = "REFUND_ONLY or RETURN_AND_REFUND")
    String type;
    @QueryParam("from")
    @Parameter(description = "Requested from (inclusive): an ISO 8601 instant, or a date in the merchant's zone")
    String from;
    @QueryParam("until")
    @Parameter(description = "Requested before: an ISO 8601 instant (exclusive), or a date in the merchant's zone "
            + "(that whole day included)")
    String until;

    AfterSaleFilter toFilter(ZoneId zone) {
        return new AfterSaleFilter(choice("status", status, AfterSaleStatus.class),
                choice("type", type, AfterSaleType.class), bound("from", from, zone, false),
                bound("until", until, zone, true));
    }

    private static <E extends Enum<E>> Optional<E> choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, ErrorCode.VALIDATION_FAILED, field + " is one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Optional<Instant> bound(String field, String text, ZoneId zone, boolean upper) {
        return TimeBound.of(field, text, zone, upper, ErrorCode.VALIDATION_FAILED);
    }
}
