package dev.zhanggui.rest.order;

import dev.zhanggui.aftersale.RefundedAmounts;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.order.Delivery;
import dev.zhanggui.order.InvoiceRequest;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderContents;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.PriceAdjustment;
import dev.zhanggui.order.Shipment;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TransferReport;
import dev.zhanggui.order.Verification;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.rest.payment.PaymentViews.PaymentIntentView;
import dev.zhanggui.rest.payment.PaymentViews.PaymentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order (订单) as both audiences read it; amounts are decimal strings in the order's currency. */
public final class OrderViews {
    private OrderViews() {
    }

    @Schema(name = "Order", description = "An order: what was bought at which prices, how it is paid and delivered, "
            + "and where it stands; version is also the ETag")
    public record OrderView(String id, @Schema(example = "100002026060800001") String number,
                            @Schema(description = "DRAFT, PENDING_PAYMENT, PENDING_REVIEW, TO_SHIP, SHIPPED, COMPLETED, "
                                    + "CLOSED, VOIDED or CANCELLING") String status,
                            String customerId,
                            @Schema(description = "MOBILE_MALL, MANUAL, SALESPERSON, SCAN_AND_GO or POS") String source,
                            @Schema(nullable = true) String salesperson, List<LineView> lines,
                            @Schema(format = "number") String goodsTotal, @Schema(format = "number") String promotionDiscount, @Schema(format = "number") String couponDiscount,
                            @Schema(format = "number", description = "Shipping charged at checkout") String shipping,
                            @Schema(format = "number", description = "Goods after discounts and price changes") String goodsPayable,
                            @Schema(format = "number", description = "Shipping after price changes") String shippingPayable,
                            @Schema(format = "number", description = "What the order costs: goodsPayable + shippingPayable") String total,
                            @Schema(format = "number", description = "Still to pay before fulfilment (待支付)") String amountDue,
                            String currency, @Schema(nullable = true) String couponId, DeliveryView delivery,
                            @Schema(nullable = true) InvoiceView invoice, @Schema(nullable = true) LocalDate deliveryDate,
                            @Schema(nullable = true) String buyerNote, PlanView plan, List<TenderView> tenders,
                            List<AdjustmentView> adjustments, List<ShipmentView> shipments,
                            @Schema(nullable = true) TransferReportView transferReport,
                            @Schema(nullable = true) VerificationView verification,
                            @Schema(nullable = true) Instant paymentDeadline, @Schema(nullable = true) Instant receiptDue,
                            RefundedView refunded, Instant createdAt, long version) {
        public static OrderView of(Order o, RefundedAmounts refunded) {
            OrderContents c = o.contents();
            return new OrderView(o.id().toString(), o.number(), o.status().name(), o.customer().toString(),
                    o.origin().source().name(), o.origin().salesperson().orElse(null),
                    o.lines().stream().map(LineView::of).toList(), c.goodsTotal().toString(),
                    c.promotionDiscount().toString(), c.couponDiscount().toString(), c.shipping().toString(),
                    o.goodsPayable().toString(), o.shippingPayable().toString(), o.total().toString(),
                    o.amountDue().toString(), o.total().currency().getCurrencyCode(),
                    c.coupon().map(Object::toString).orElse(null), DeliveryView.of(o.delivery()),
                    c.invoice().map(InvoiceView::of).orElse(null), c.deliveryDate().orElse(null),
                    c.buyerNote().orElse(null), new PlanView(o.plan().points().value(), o.plan().useBalance(),
                    o.plan().rest().name()), o.tenders().stream().map(TenderView::of).toList(),
                    o.adjustments().stream().map(AdjustmentView::of).toList(),
                    o.shipments().stream().map(ShipmentView::of).toList(),
                    o.transferReport().map(TransferReportView::of).orElse(null),
                    o.verification().map(VerificationView::of).orElse(null), o.paymentDeadline().orElse(null),
                    o.receiptDue().orElse(null), RefundedView.of(refunded), o.createdAt(), o.version());
        }
    }

    @Schema(name = "OrderRefunded", description = "What the order has been refunded (已退款): the money of refund "
            + "parts that succeeded, in all and per destination, and what is still on its way (退款中)")
    public record RefundedView(
            @Schema(description = "NONE, PARTIALLY_REFUNDED (部分退款) or FULLY_REFUNDED (every unit refunded and every "
                    + "part succeeded, 全额退款)") String state,
            @Schema(description = "Money given back so far", example = "36.13") String total,
            @Schema(description = "Refunds issued whose part is pending at the gateway or failed (to retry)") String pending,
            @Schema(description = "Back through the payment gateway") String online,
            @Schema(description = "Back to the balance") String balance,
            @Schema(description = "The money of the points given back") String points,
            @Schema(description = "Whole points given back") long pointsReturned,
            @Schema(description = "Credit in use that went down") String credit,
            @Schema(description = "Settled offline and recorded: cash on delivery, cash, transfers, manual refunds")
            String manual) {
        static RefundedView of(RefundedAmounts r) {
            return new RefundedView(r.state().name(), r.total().toString(), r.pending().toString(),
                    r.online().toString(), r.balance().toString(), r.points().toString(), r.pointsReturned().value(),
                    r.credit().toString(), r.manual().toString());
        }
    }

    @Schema(name = "OrderLine", description = "A line as it was quoted at checkout (a snapshot)")
    public record LineView(int index, String skuId, String productId, String productName, String skuCode,
                           List<String> specValues, @Schema(nullable = true) String storeId, int quantity,
                           @Schema(format = "number") String listPrice, @Schema(format = "number") String unitPrice,
                           @Schema(description = "LIST, LEVEL_PRICE, LEVEL_RATE, PRICE_LIST or FLASH_PRICE") String tier,
                           @Schema(format = "number") String goodsAmount, @Schema(format = "number") String promotionDiscount, @Schema(format = "number") String couponDiscount, @Schema(format = "number") String total) {
        static LineView of(OrderLine l) {
            return new LineView(l.index(), l.sku().sku().value().toString(), l.sku().product().value().toString(),
                    l.sku().productName(), l.sku().skuCode(), l.sku().specValues(),
                    l.store().map(s -> s.value().toString()).orElse(null), l.quantity(), l.listPrice().toString(),
                    l.unitPrice().amount().toString(), l.unitPrice().tier().name(), l.goodsAmount().toString(),
                    l.promotionDiscount().toString(), l.couponDiscount().toString(), l.total().toString());
        }
    }

    @Schema(name = "OrderDelivery", description = "Express to an address (a snapshot), or pickup in a store (到店自提)")
    public record DeliveryView(@Schema(description = "EXPRESS or PICKUP") String method,
                               @Schema(nullable = true) String carrierId, @Schema(nullable = true) AddressView address,
                               @Schema(nullable = true) String pickupStoreId) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.method().name(), d.carrier().map(c -> c.value().toString()).orElse(null),
                    d.address().map(AddressView::of).orElse(null),
                    d.pickupStore().map(s -> s.value().toString()).orElse(null));
        }
    }

    @Schema(name = "OrderAddress")
    public record AddressView(String recipient, String phone, String province, String city, String district,
                              String detail, @Schema(nullable = true) String postalCode) {
        static AddressView of(AddressDetails a) {
            return new AddressView(a.recipient(), a.phone(), a.province(), a.city(), a.district(), a.detail(),
                    a.postalCode().orElse(null));
        }
    }

    @Schema(name = "OrderInvoice", description = "The invoice asked for (发票)")
    public record InvoiceView(@Schema(description = "NORMAL or VAT_SPECIAL") String type, String invoiceTitle,
                              @Schema(nullable = true) String taxpayerId, @Schema(nullable = true) String accountName,
                              @Schema(nullable = true) String bank, @Schema(nullable = true) String bankAccount) {
        static InvoiceView of(InvoiceRequest i) {
            InvoiceProfile p = i.details();
            return new InvoiceView(i.type().name(), p.invoiceTitle(), p.taxpayerId().orElse(null),
                    p.accountName().orElse(null), p.bank().orElse(null), p.bankAccount().orElse(null));
        }
    }

    @Schema(name = "OrderPaymentPlan", description = "Points to use, balance first or not, and the tender for the rest")
    public record PlanView(long points, boolean useBalance,
                           @Schema(description = "ONLINE, COD, OFFLINE_TRANSFER, CREDIT or CASH") String rest) {
    }

    @Schema(name = "OrderTender", description = "One way the order is paid and how much; settled once its money is in")
    public record TenderView(@Schema(description = "BALANCE, POINTS, ONLINE, COD, OFFLINE_TRANSFER, CREDIT or CASH")
                             String type, @Schema(format = "number") String amount, long points, @Schema(nullable = true) String reference,
                             boolean settled, @Schema(nullable = true) Instant settledAt) {
        static TenderView of(Tender t) {
            return new TenderView(t.type().name(), t.amount().toString(), t.points().value(),
                    t.reference().orElse(null), t.isSettled(), t.settledAt().orElse(null));
        }
    }

    @Schema(name = "OrderPriceAdjustment", description = "A merchant's price change (改价)")
    public record AdjustmentView(@Schema(format = "number") String goods, @Schema(format = "number") String shipping, String staff, String reason, Instant at) {
        static AdjustmentView of(PriceAdjustment a) {
            return new AdjustmentView(a.goods().toString(), a.shipping().toString(), a.staff(), a.reason(), a.at());
        }
    }

    @Schema(name = "OrderShipment", description = "One package (包裹)")
    public record ShipmentView(String id, String carrier, String trackingNumber, List<ShipmentLineView> lines,
                               String shippedBy, Instant shippedAt) {
        static ShipmentView of(Shipment s) {
            return new ShipmentView(s.id().toString(), s.carrier(), s.trackingNumber(),
                    s.lines().stream().map(ShipmentLineView::of).toList(), s.shippedBy(), s.shippedAt());
        }
    }

    @Schema(name = "OrderShipmentLine")
    public record ShipmentLineView(@Schema(description = "The order line's index") int line, int quantity) {
        static ShipmentLineView of(ShipmentLine l) {
            return new ShipmentLineView(l.line(), l.quantity());
        }
    }

    @Schema(name = "OrderTransferReport", description = "The customer's report of an offline transfer (线下转账)")
    public record TransferReportView(LocalDate transferDate, String account, Instant reportedAt) {
        static TransferReportView of(TransferReport r) {
            return new TransferReportView(r.transferDate(), r.account(), r.reportedAt());
        }
    }

    @Schema(name = "OrderVerification", description = "The in-store verification code (核销码) and its use")
    public record VerificationView(String code, boolean used, @Schema(nullable = true) String verifiedBy,
                                   @Schema(nullable = true) Instant verifiedAt) {
        static VerificationView of(Verification v) {
            return new VerificationView(v.code(), v.isUsed(), v.verifiedBy().orElse(null),
                    v.verifiedAt().orElse(null));
        }
    }

    @Schema(name = "OrderEvent", description = "An order message (订单消息): what happened, who did it, when")
    public record EventView(Instant at, String actor,
                            @Schema(description = "CUSTOMER, STAFF_ADMIN, STAFF, INTEGRATION or SYSTEM") String actorKind,
                            String action, @Schema(nullable = true) String from, String to,
                            @Schema(nullable = true) String note) {
        static EventView of(OrderEvent e) {
            return new EventView(e.at(), e.actor(), e.actorKind().name(), e.action().name(),
                    e.from().map(Enum::name).orElse(null), e.to().name(), e.note().orElse(null));
        }
    }

    @Schema(name = "OrderOnlinePayment", description = "A started online payment of an order: pay the intent at the "
            + "gateway; the order is paid when the gateway confirms")
    public record OnlinePaymentView(String orderId, @Schema(format = "number", example = "99.50") String amount, PaymentView payment,
                                    PaymentIntentView intent) {
        static OnlinePaymentView of(String orderId, StartedPayment started) {
            return new OnlinePaymentView(orderId, started.payment().amount().toString(),
                    PaymentView.of(started.payment()), PaymentIntentView.of(started.intent()));
        }
    }

    @Schema(name = "OrderPage", description = "A page of the order list and the total amount of every order the "
            + "query matches (当前查询总金额)")
    public record OrderPage(List<OrderView> items, @Schema(nullable = true) String next, String queryTotal) {
    }
}
