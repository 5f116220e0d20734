package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSaleAction;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundDestination;
import dev.zhanggui.aftersale.RefundPartStatus;
import dev.zhanggui.aftersale.RefundStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The after-sales enums as GraphQL enums: the same names as the core's (the core jar is not
 * indexed for the schema). {@code GraphQLEnumMirrorTest} keeps them complete.
 */
public final class AfterSaleEnums {
    private AfterSaleEnums() {
    }

    @Enum("AfterSaleStatus")
    @Description("Where a request stands: REQUESTED 待处理, AWAITING_RETURN 待退货, RETURN_SHIPPED 退货中,"
            + " RETURN_RECEIVED 已收到退货, REFUNDING 退款中, REFUNDED 已退款, MANUALLY_REFUNDED 手动退款,"
            + " REJECTED 已驳回, WITHDRAWN 已撤销")
    public enum AfterSaleStatusValue {
        REQUESTED, AWAITING_RETURN, RETURN_SHIPPED, RETURN_RECEIVED, REFUNDING, REFUNDED, MANUALLY_REFUNDED, REJECTED,
        WITHDRAWN;

        AfterSaleStatus toCore() {
            return AfterSaleStatus.valueOf(name());
        }

        static AfterSaleStatusValue of(AfterSaleStatus status) {
            return valueOf(status.name());
        }
    }

    @Enum("AfterSaleType")
    @Description("REFUND_ONLY 仅退款 (not shipped, or a parcel the merchant intercepts), RETURN_AND_REFUND 退货退款")
    public enum AfterSaleTypeValue {
        REFUND_ONLY, RETURN_AND_REFUND;

        AfterSaleType toCore() {
            return AfterSaleType.valueOf(name());
        }

        static AfterSaleTypeValue of(AfterSaleType type) {
            return valueOf(type.name());
        }
    }

    @Enum("AfterSaleAction")
    @Description("What happened to a request, in its messages (售后进度)")
    public enum AfterSaleActionValue {
        REQUEST, APPROVE_RETURN, SUBMIT_RETURN_SHIPMENT, MARK_RETURN_RECEIVED, AGREE_REFUND, COMPLETE_REFUND,
        RECORD_MANUAL_REFUND, REJECT, WITHDRAW;

        static AfterSaleActionValue of(AfterSaleAction action) {
            return valueOf(action.name());
        }
    }

    @Enum("RefundOrigin")
    @Description("AFTER_SALE: a request's refund; CANCELLATION: the refund of a paid order the customer asked to cancel")
    public enum RefundOriginValue {
        AFTER_SALE, CANCELLATION;

        static RefundOriginValue of(Refund.Origin origin) {
            return valueOf(origin.name());
        }
    }

    @Enum("RefundStatus")
    @Description("From the refund's parts: SUCCEEDED when every part did, FAILED when one failed, else PENDING")
    public enum RefundStatusValue {
        PENDING, FAILED, SUCCEEDED;

        static RefundStatusValue of(RefundStatus status) {
            return valueOf(status.name());
        }
    }

    @Enum("RefundPartStatus")
    @Description("PENDING: not carried out yet or waiting for the gateway; SUCCEEDED; FAILED: retryable")
    public enum RefundPartStatusValue {
        PENDING, SUCCEEDED, FAILED;

        static RefundPartStatusValue of(RefundPartStatus status) {
            return valueOf(status.name());
        }
    }

    @Enum("OrderRefundState")
    @Description("Where an order stands in money given back: NONE, PARTIALLY_REFUNDED (部分退款), FULLY_REFUNDED"
            + " (every unit refunded and every part succeeded, 全额退款)")
    public enum OrderRefundStateValue {
        NONE, PARTIALLY_REFUNDED, FULLY_REFUNDED;

        static OrderRefundStateValue of(dev.zhanggui.aftersale.RefundedAmounts.State state) {
            return valueOf(state.name());
        }
    }

    @Enum("ReturnRestock")
    @Description("What happens to the stock of returned goods (退货入库): WHEN_RECEIVED (back when staff mark the"
            + " return received) or NEVER (e.g. perishable goods)")
    public enum ReturnRestockValue {
        WHEN_RECEIVED, NEVER
    }

    @Enum("RefundDestination")
    @Description("Where a part of a refund goes (原路退回): PAYMENT_GATEWAY, BALANCE, POINTS, CREDIT (授信 in use"
            + " goes down), MANUAL (settled outside the system and only recorded)")
    public enum RefundDestinationValue {
        PAYMENT_GATEWAY, BALANCE, POINTS, CREDIT, MANUAL;

        static RefundDestinationValue of(RefundDestination destination) {
            return valueOf(destination.name());
        }
    }
}
