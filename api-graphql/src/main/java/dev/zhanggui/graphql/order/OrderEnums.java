package dev.zhanggui.graphql.order;

import dev.zhanggui.order.CartLineState;
import dev.zhanggui.order.InvoiceRequest;
import dev.zhanggui.order.OrderAction;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.DeliveryMethod;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The orders' enums as GraphQL enums: the same names as the core's (the core jar is not indexed
 * for the schema, so its enums cannot be published directly). {@code GraphQLEnumMirrorTest} keeps
 * them complete.
 */
public final class OrderEnums {
    private OrderEnums() {
    }

    @Enum("OrderStatus")
    @Description("Where an order stands: DRAFT 待提交, PENDING_PAYMENT 待付款, PENDING_REVIEW 待审核, TO_SHIP 待发货,"
            + " SHIPPED 待收货, COMPLETED 已完成, CLOSED 已关闭, VOIDED 已作废, CANCELLING 取消中")
    public enum OrderStatusValue {
        DRAFT, PENDING_PAYMENT, PENDING_REVIEW, TO_SHIP, SHIPPED, COMPLETED, CLOSED, VOIDED, CANCELLING;

        OrderStatus toCore() {
            return OrderStatus.valueOf(name());
        }

        static OrderStatusValue of(OrderStatus status) {
            return valueOf(status.name());
        }
    }

    @Enum("OrderSource")
    @Description("Where an order came from (订单来源): MOBILE_MALL, MANUAL (手工下单), SALESPERSON (代客下单),"
            + " SCAN_AND_GO (扫码购), POS")
    public enum OrderSourceValue {
        MOBILE_MALL, MANUAL, SALESPERSON, SCAN_AND_GO, POS;

        OrderSource toCore() {
            return OrderSource.valueOf(name());
        }

        static OrderSourceValue of(OrderSource source) {
            return valueOf(source.name());
        }
    }

    @Enum("TenderType")
    @Description("How (part of) an order is paid: BALANCE 余额, POINTS 积分, ONLINE 在线支付, COD 货到付款,"
            + " OFFLINE_TRANSFER 线下转账, CREDIT 授信, CASH 现金 (staff orders)")
    public enum TenderTypeValue {
        BALANCE, POINTS, ONLINE, COD, OFFLINE_TRANSFER, CREDIT, CASH;

        TenderType toCore() {
            return TenderType.valueOf(name());
        }

        static TenderTypeValue of(TenderType type) {
            return valueOf(type.name());
        }
    }

    @Enum("OrderAction")
    @Description("What happened to an order, in its order messages (订单消息)")
    public enum OrderActionValue {
        SAVE_DRAFT, PLACE, PAY, REPORT_TRANSFER, APPROVE, ADJUST_PRICE, CHANGE_ADDRESS, SHIP, CONFIRM_RECEIPT,
        AUTO_CONFIRM, VERIFY, SETTLE_COD, CLOSE, CANCEL, REQUEST_CANCELLATION, VOID,
        @Description("After-sales refunded (part of) the order (退款)") REFUND,
        @Description("An online payment that arrived when the order could no longer take it was refunded to the payer")
        REFUND_LATE_PAYMENT;

        static OrderActionValue of(OrderAction action) {
            return valueOf(action.name());
        }
    }

    @Enum("CartLineAvailability")
    @Description("OK: can be bought in this quantity; OFF_SHELF: no longer on sale (下架); OUT_OF_STOCK: fewer left")
    public enum CartLineAvailability {
        OK, OFF_SHELF, OUT_OF_STOCK;

        static CartLineAvailability of(CartLineState.Availability availability) {
            return valueOf(availability.name());
        }
    }

    @Enum("DeliveryMethod")
    @Description("EXPRESS: shipped by a carrier (快递); PICKUP: picked up in a store (到店自提)")
    public enum DeliveryMethodValue {
        EXPRESS, PICKUP;

        DeliveryMethod toCore() {
            return DeliveryMethod.valueOf(name());
        }

        static DeliveryMethodValue of(DeliveryMethod method) {
            return valueOf(method.name());
        }
    }

    @Enum("InvoiceType")
    @Description("NORMAL 普通发票, VAT_SPECIAL 增值税专用发票 (needs the taxpayer id and bank data)")
    public enum InvoiceTypeValue {
        NORMAL, VAT_SPECIAL;

        InvoiceRequest.Type toCore() {
            return InvoiceRequest.Type.valueOf(name());
        }

        static InvoiceTypeValue of(InvoiceRequest.Type type) {
            return valueOf(type.name());
        }
    }
}
