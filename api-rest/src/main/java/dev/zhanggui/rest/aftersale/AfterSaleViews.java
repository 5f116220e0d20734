package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleEvent;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundAllocation;
import dev.zhanggui.aftersale.RefundLine;
import dev.zhanggui.aftersale.RefundPart;
import dev.zhanggui.aftersale.ReturnShipment;
import dev.zhanggui.aftersale.AfterSaleId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** After-sales requests (售后单) and refunds (退款单) as both audiences read them; amounts are decimal strings. */
public final class AfterSaleViews {
    private AfterSaleViews() {
    }

    @Schema(name = "AfterSale", description = "An after-sales request: what the customer asked for, where it stands, "
            + "its messages, and its refund once one is issued; version is also the ETag")
    public record AfterSaleView(String id, String orderId, String orderNumber, String customerId,
                                @Schema(description = "REFUND_ONLY or RETURN_AND_REFUND") String type,
                                @Schema(description = "REQUESTED, AWAITING_RETURN, RETURN_SHIPPED, RETURN_RECEIVED, "
                                        + "REFUNDING, REFUNDED, MANUALLY_REFUNDED, REJECTED or WITHDRAWN") String status,
                                List<LineView> lines, ReasonView reason, @Schema(nullable = true) String description,
                                List<String> images, @Schema(nullable = true) ReturnShipmentView returnShipment,
                                @Schema(nullable = true) String refundId,
                                @Schema(nullable = true, description = "Why it was rejected") String rejection,
                                List<EventView> events, Instant requestedAt, long version,
                                @Schema(nullable = true, description = "The refund, on one request's own answer")
                                RefundView refund) {
        public static AfterSaleView of(AfterSale a) {
            return of(a, Optional.empty());
        }

        public static AfterSaleView of(AfterSale a, Optional<Refund> refund) {
            return new AfterSaleView(a.id().toString(), a.order().toString(), a.orderNumber(), a.customer().toString(),
                    a.type().name(), a.status().name(), a.lines().stream().map(LineView::of).toList(),
                    ReasonView.of(a.reason()), a.description().orElse(null), a.images(),
                    a.returnShipment().map(ReturnShipmentView::of).orElse(null),
                    a.refund().map(Object::toString).orElse(null), a.rejection().orElse(null),
                    a.events().stream().map(EventView::of).toList(), a.requestedAt(), a.version(),
                    refund.map(RefundView::of).orElse(null));
        }
    }

    @Schema(name = "AfterSaleLine", description = "Units of one order line (by its index) a request covers")
    public record LineView(int line, int quantity) {
        static LineView of(AfterSaleLine l) {
            return new LineView(l.line(), l.quantity());
        }
    }

    @Schema(name = "AfterSaleReason", description = "A reason from the merchant's list (售后原因)")
    public record ReasonView(String code, String name, String englishName) {
        static ReasonView of(AfterSaleReason r) {
            return new ReasonView(r.code(), r.name(), r.englishName());
        }
    }

    @Schema(name = "ReturnShipment", description = "The parcel the goods are sent back in (退货物流)")
    public record ReturnShipmentView(String carrier, String trackingNumber, Instant enteredAt) {
        static ReturnShipmentView of(ReturnShipment s) {
            return new ReturnShipmentView(s.carrier(), s.trackingNumber(), s.enteredAt());
        }
    }

    @Schema(name = "AfterSaleEvent", description = "A message of the request (售后进度): what happened, who, when")
    public record EventView(Instant at, String actor,
                            @Schema(description = "CUSTOMER, STAFF_ADMIN, STAFF, INTEGRATION or SYSTEM") String actorKind,
                            String action, @Schema(nullable = true) String from, String to,
                            @Schema(nullable = true) String note) {
        static EventView of(AfterSaleEvent e) {
            return new EventView(e.at(), e.actor(), e.actorKind().name(), e.action().name(),
                    e.from().map(Enum::name).orElse(null), e.to().name(), e.note().orElse(null));
        }
    }

    @Schema(name = "Refund", description = "A refund (退款单): the units and shipping it gives back, its split over "
            + "the tenders that paid (to the fen and to the point), and how far each destination got")
    public record RefundView(String id, String orderId, String orderNumber,
                             @Schema(description = "AFTER_SALE or CANCELLATION") String origin,
                             @Schema(nullable = true) String afterSaleId,
                             @Schema(description = "Settled offline (手动退款)") boolean manual,
                             @Schema(nullable = true) String note,
                             @Schema(description = "PENDING, FAILED or SUCCEEDED") String status,
                             @Schema(format = "number", example = "99.50") String amount, @Schema(format = "number") String goods, @Schema(format = "number") String shipping,
                             List<RefundLineView> lines, List<TenderView> tenders, List<PartView> parts,
                             Instant createdAt) {
        public static RefundView of(Refund r) {
            return new RefundView(r.id().toString(), r.order().toString(), r.orderNumber(), r.origin().name(),
                    r.afterSale().map(AfterSaleId::toString).orElse(null), r.manual(), r.note().orElse(null),
                    r.status().name(), r.amount().toString(), r.goods().toString(), r.shipping().toString(),
                    r.lines().stream().map(RefundLineView::of).toList(),
                    r.allocations().stream().map(TenderView::of).toList(),
                    r.parts().stream().map(PartView::of).toList(), r.createdAt());
        }
    }

    @Schema(name = "RefundLine", description = "Units of a line refunded and what they give back")
    public record RefundLineView(int line, int quantity, @Schema(format = "number") String amount,
                                 @Schema(description = "Shipped units (returned or intercepted), or cancelled ones")
                                 boolean shipped) {
        static RefundLineView of(RefundLine l) {
            return new RefundLineView(l.line(), l.quantity(), l.amount().toString(), l.shipped());
        }
    }

    @Schema(name = "RefundTender", description = "The share of the refund one tender gives back (退款分摊)")
    public record TenderView(@Schema(description = "BALANCE, POINTS, ONLINE, COD, OFFLINE_TRANSFER, CREDIT or CASH")
                             String tender, @Schema(format = "number") String amount, @Schema(description = "Whole points, for POINTS") long points) {
        static TenderView of(RefundAllocation a) {
            return new TenderView(a.tender().name(), a.amount().toString(), a.points().value());
        }
    }

    @Schema(name = "RefundPart", description = "One destination of the refund (原路退回) and how far it got")
    public record PartView(int index, String tender, @Schema(format = "number") String amount, long points,
                           @Schema(description = "PAYMENT_GATEWAY, BALANCE, POINTS, CREDIT or MANUAL") String destination,
                           @Schema(description = "PENDING, SUCCEEDED or FAILED") String status, int attempts,
                           @Schema(nullable = true, description = "The gateway's refund number, a failure, a note")
                           String outcome, @Schema(nullable = true) Instant settledAt) {
        static PartView of(RefundPart p) {
            return new PartView(p.index(), p.tender().name(), p.amount().toString(), p.points().value(),
                    p.destination().name(), p.status().name(), p.attempts(), p.outcome().orElse(null),
                    p.settledAt().orElse(null));
        }
    }

    @Schema(name = "AfterSaleReasonList", description = "The reasons the merchant offers, in the order shown")
    public record ReasonsView(List<ReasonView> items) {
        static ReasonsView of(List<AfterSaleReason> reasons) {
            return new ReasonsView(reasons.stream().map(ReasonView::of).toList());
        }
    }
}
