package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleEvent;
import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundAllocation;
import dev.zhanggui.aftersale.RefundLine;
import dev.zhanggui.aftersale.RefundPart;
import dev.zhanggui.aftersale.ReturnShipment;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.AfterSaleActionValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.AfterSaleStatusValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.AfterSaleTypeValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.RefundDestinationValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.RefundOriginValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.RefundPartStatusValue;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.RefundStatusValue;
import dev.zhanggui.graphql.order.OrderEnums.TenderTypeValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After-sales requests (售后单) and refunds (退款单) as GraphQL types; amounts are decimal strings in
 * yuan, points whole numbers. Everything comes from the aggregates as loaded.
 */
public final class AfterSaleTypes {
    private AfterSaleTypes() {
    }

    @Type("AfterSale")
    @Description("An after-sales request (售后单): what the customer asked for, where it stands, its messages,"
            + " and its refund once issued (on one request's own answer; lists carry refundId)")
    public record AfterSaleNode(@NonNull @Id String id, @NonNull @Id String orderId, @NonNull String orderNumber,
                                @NonNull @Id String customerId, @NonNull AfterSaleTypeValue type,
                                @NonNull AfterSaleStatusValue status, @NonNull List<@NonNull AfterSaleLineNode> lines,
                                @NonNull AfterSaleReasonNode reason, String description,
                                @NonNull List<@NonNull String> images, ReturnShipmentNode returnShipment,
                                @Id String refundId, @Description("Why it was rejected (驳回)") String rejection,
                                @NonNull @Description("The messages (售后进度), oldest first")
                                List<@NonNull AfterSaleEventNode> events, @NonNull Instant requestedAt,
                                @NonNull @Description("Pass as expectedVersion to guard a staff step") int version,
                                RefundNode refund) {
        static AfterSaleNode of(AfterSale a, Optional<Refund> refund) {
            return new AfterSaleNode(a.id().toString(), a.order().toString(), a.orderNumber(),
                    a.customer().toString(), AfterSaleTypeValue.of(a.type()), AfterSaleStatusValue.of(a.status()),
                    a.lines().stream().map(AfterSaleLineNode::of).toList(), AfterSaleReasonNode.of(a.reason()),
                    a.description().orElse(null), a.images(),
                    a.returnShipment().map(ReturnShipmentNode::of).orElse(null),
                    a.refund().map(Object::toString).orElse(null), a.rejection().orElse(null),
                    a.events().stream().map(AfterSaleEventNode::of).toList(), a.requestedAt(),
                    Math.toIntExact(a.version()), refund.map(RefundNode::of).orElse(null));
        }
    }

    @Type("AfterSaleLine")
    @Description("Units of one order line (by its index) a request covers")
    public record AfterSaleLineNode(@NonNull @Description("The order line's index") int line, @NonNull int quantity) {
        static AfterSaleLineNode of(AfterSaleLine l) {
            return new AfterSaleLineNode(l.line(), l.quantity());
        }
    }

    @Type("AfterSaleReason")
    @Description("A reason from the merchant's list (售后原因); a request names it by code")
    public record AfterSaleReasonNode(@NonNull String code, @NonNull String name, @NonNull String englishName) {
        static AfterSaleReasonNode of(AfterSaleReason r) {
            return new AfterSaleReasonNode(r.code(), r.name(), r.englishName());
        }
    }

    @Type("ReturnShipment")
    @Description("The parcel the goods are sent back in (退货物流)")
    public record ReturnShipmentNode(@NonNull String carrier, @NonNull String trackingNumber,
                                     @NonNull Instant enteredAt) {
        static ReturnShipmentNode of(ReturnShipment s) {
            return new ReturnShipmentNode(s.carrier(), s.trackingNumber(), s.enteredAt());
        }
    }

    @Type("AfterSaleEvent")
    @Description("A message of the request (售后进度): what happened, who, when, and a note")
    public record AfterSaleEventNode(@NonNull Instant at, @NonNull String actor,
                                     @NonNull @Description("CUSTOMER, STAFF_ADMIN, STAFF, INTEGRATION or SYSTEM")
                                     String actorKind,
                                     @NonNull AfterSaleActionValue action, AfterSaleStatusValue from,
                                     @NonNull AfterSaleStatusValue to, String note) {
        static AfterSaleEventNode of(AfterSaleEvent e) {
            return new AfterSaleEventNode(e.at(), e.actor(), e.actorKind().name(), AfterSaleActionValue.of(e.action()),
                    e.from().map(AfterSaleStatusValue::of).orElse(null), AfterSaleStatusValue.of(e.to()),
                    e.note().orElse(null));
        }
    }

    @Type("Refund")
    @Description("A refund (退款单): the units and shipping it gives back, its split over the tenders that paid"
            + " (to the fen and to the point), and how far each destination got")
    public record RefundNode(@NonNull @Id String id, @NonNull @Id String orderId, @NonNull String orderNumber,
                             @NonNull RefundOriginValue origin, @Id String afterSaleId,
                             @NonNull @Description("Settled offline (手动退款)") boolean manual, String note,
                             @NonNull RefundStatusValue status, @NonNull String amount, @NonNull String goods,
                             @NonNull String shipping, @NonNull List<@NonNull RefundLineNode> lines,
                             @NonNull @Description("退款分摊: the share each tender gives back")
                             List<@NonNull RefundTenderNode> tenders,
                             @NonNull List<@NonNull RefundPartNode> parts, @NonNull Instant createdAt) {
        static RefundNode of(Refund r) {
            return new RefundNode(r.id().toString(), r.order().toString(), r.orderNumber(),
                    RefundOriginValue.of(r.origin()), r.afterSale().map(AfterSaleId::toString).orElse(null),
                    r.manual(), r.note().orElse(null), RefundStatusValue.of(r.status()), r.amount().toString(),
                    r.goods().toString(), r.shipping().toString(), r.lines().stream().map(RefundLineNode::of).toList(),
                    r.allocations().stream().map(RefundTenderNode::of).toList(),
                    r.parts().stream().map(RefundPartNode::of).toList(), r.createdAt());
        }
    }

    @Type("RefundLine")
    @Description("Units of a line refunded and what they give back")
    public record RefundLineNode(@NonNull int line, @NonNull int quantity, @NonNull String amount,
                                 @NonNull @Description("Shipped units (returned or intercepted), or cancelled ones")
                                 boolean shipped) {
        static RefundLineNode of(RefundLine l) {
            return new RefundLineNode(l.line(), l.quantity(), l.amount().toString(), l.shipped());
        }
    }

    @Type("RefundTender")
    @Description("The share of the refund one tender gives back (退款分摊)")
    public record RefundTenderNode(@NonNull TenderTypeValue tender, @NonNull String amount,
                                   @NonNull @Description("Whole points, for POINTS") long points) {
        static RefundTenderNode of(RefundAllocation a) {
            return new RefundTenderNode(TenderTypeValue.valueOf(a.tender().name()), a.amount().toString(),
                    a.points().value());
        }
    }

    @Type("RefundPart")
    @Description("One destination of the refund (原路退回) and how far it got")
    public record RefundPartNode(@NonNull int index, @NonNull TenderTypeValue tender, @NonNull String amount,
                                 @NonNull long points, @NonNull RefundDestinationValue destination,
                                 @NonNull RefundPartStatusValue status, @NonNull int attempts,
                                 @Description("The gateway's refund number, a failure, or a note") String outcome,
                                 Instant settledAt) {
        static RefundPartNode of(RefundPart p) {
            return new RefundPartNode(p.index(), TenderTypeValue.valueOf(p.tender().name()), p.amount().toString(),
                    p.points().value(), RefundDestinationValue.of(p.destination()),
                    RefundPartStatusValue.of(p.status()), p.attempts(), p.outcome().orElse(null),
                    p.settledAt().orElse(null));
        }
    }
}
