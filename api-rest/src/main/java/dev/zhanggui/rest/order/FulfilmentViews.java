package dev.zhanggui.rest.order;

import dev.zhanggui.order.FulfilmentService.BatchResult;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.VerificationReport;
import dev.zhanggui.order.VerificationTotals;
import dev.zhanggui.rest.order.OrderViews.OrderView;
import dev.zhanggui.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the shipping and verification endpoints answer. */
public final class FulfilmentViews {
    private FulfilmentViews() {
    }

    @Schema(name = "BatchShipmentResults", description = "批量发货: one outcome per order, in the order given")
    public record BatchShipmentView(List<BatchShipmentResult> results, int shipped, int refused) {
        static BatchShipmentView of(List<BatchShipmentResult> results) {
            int shipped = (int) results.stream().filter(BatchShipmentResult::shipped).count();
            return new BatchShipmentView(results, shipped, results.size() - shipped);
        }
    }

    @Schema(name = "BatchShipmentResult", description = "The order shipped, or the refusal with its stable code")
    public record BatchShipmentResult(String orderId, boolean shipped,
                                      @Schema(nullable = true) OrderView order,
                                      @Schema(nullable = true, description = "e.g. ORDER_INVALID_TRANSITION, ORDER_NOT_FOUND")
                                      String code,
                                      @Schema(nullable = true) String message) {
        static BatchShipmentResult of(BatchResult r, java.util.function.Function<Order, OrderView> view) {
            return r.shipped().map(o -> shipped(r.order().toString(), view.apply(o)))
                    .orElseGet(() -> refused(r.order().toString(), r.refused().orElseThrow()));
        }

        static BatchShipmentResult shipped(String id, OrderView order) {
            return new BatchShipmentResult(id, true, order, null, null);
        }

        static BatchShipmentResult refused(String id, DomainException e) {
            return new BatchShipmentResult(id, false, null, e.code().name(), e.getMessage());
        }
    }

    @Schema(name = "VerificationReport", description = "核销记录: verified orders, the totals of the filter and of "
            + "the merchant's today")
    public record VerificationReportView(List<VerifiedOrder> items, @Schema(nullable = true) String next,
                                         Totals total, Totals today) {
        static VerificationReportView of(VerificationReport r) {
            return new VerificationReportView(r.page().items().stream().map(VerifiedOrder::of).toList(),
                    r.page().next().orElse(null), Totals.of(r.total()), Totals.of(r.today()));
        }
    }

    @Schema(name = "VerifiedOrder")
    public record VerifiedOrder(String orderId, String number, String code, String verifiedBy, Instant verifiedAt,
                                @Schema(format = "number") String total, String status) {
        static VerifiedOrder of(Order o) {
            var v = o.verification().orElseThrow();
            return new VerifiedOrder(o.id().toString(), o.number(), v.code(), v.verifiedBy().orElse(null),
                    v.verifiedAt().orElse(null), o.total().toString(), o.status().name());
        }
    }

    @Schema(name = "VerificationTotals", description = "How many orders were verified and their total amount")
    public record Totals(long count, @Schema(format = "number") String amount) {
        static Totals of(VerificationTotals t) {
            return new Totals(t.count(), t.amount().toString());
        }
    }
}
