package dev.zhanggui.graphql.order;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.graphql.customer.CustomerTypes.InvoiceProfileNode;
import dev.zhanggui.graphql.order.OrderEnums.DeliveryMethodValue;
import dev.zhanggui.graphql.order.OrderEnums.InvoiceTypeValue;
import dev.zhanggui.graphql.order.OrderEnums.OrderActionValue;
import dev.zhanggui.graphql.order.OrderEnums.OrderSourceValue;
import dev.zhanggui.graphql.order.OrderEnums.OrderStatusValue;
import dev.zhanggui.graphql.order.OrderEnums.TenderTypeValue;
import dev.zhanggui.order.Delivery;
import dev.zhanggui.order.InvoiceRequest;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.PriceAdjustment;
import dev.zhanggui.order.Shipment;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TransferReport;
import dev.zhanggui.order.Verification;
import dev.zhanggui.shared.Money;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The GraphQL type of an order (订单) and its parts: lines (snapshots of what was bought), tenders,
 * delivery, invoice, packages, price changes, the transfer report, the verification code and the
 * order messages. Money as decimal strings in yuan. Everything comes from the order aggregate as
 * loaded, so no field needs another read.
 */
public final class OrderTypes {
    private OrderTypes() {
    }

    @Type("Order")
    @Description("An order (订单). total = goodsPayable + shippingPayable; the tenders add up to it;"
            + " amountDue is what is still to pay now (待支付)")
    public record OrderNode(@NonNull @Id String id, @NonNull @Description("e.g. 100002026060800001") String number,
                            @NonNull OrderStatusValue status, @NonNull OrderSourceValue source,
                            @Description("The salesperson who took it (业务员)") String salesperson,
                            @NonNull @Id String customerId, @NonNull Instant createdAt,
                            @NonNull List<@NonNull OrderLineNode> lines,
                            @NonNull @Description("The quote's goods before discounts") String goodsTotal,
                            @NonNull String promotionDiscount, @NonNull String couponDiscount,
                            @Id @Description("The coupon used") String couponId,
                            @NonNull @Description("Shipping charged at checkout") String shipping,
                            @NonNull @Description("改价: the merchant's price changes")
                            List<@NonNull PriceAdjustmentNode> adjustments,
                            @NonNull @Description("Σ line totals + goods price changes") String goodsPayable,
                            @NonNull @Description("Shipping + shipping price changes") String shippingPayable,
                            @NonNull String total, @NonNull String amountDue, @NonNull boolean fullyPaid,
                            @NonNull String currency, @NonNull List<@NonNull TenderNode> tenders,
                            @NonNull DeliveryNode delivery, InvoiceNode invoice,
                            @Description("期望送达日期") LocalDate deliveryDate,
                            @Description("买家留言") String buyerNote, @NonNull List<@NonNull ShipmentNode> shipments,
                            TransferReportNode transferReport, VerificationNode verification,
                            @Description("When an unpaid order closes by itself") Instant paymentDeadline,
                            @Description("When receipt is confirmed by itself") Instant receiptDue,
                            @NonNull @Description("Pass as expectedVersion to guard a change") int version,
                            @NonNull @Description("The order messages (订单消息), oldest first")
                            List<@NonNull OrderEventNode> events,
                            @NonNull @Description("Goods and shipping refunded by after-sales so far (退款)")
                            String refundedTotal,
                            @NonNull @Description("Whether every unit of every line has been refunded (issued), shipping aside")
                            boolean everyUnitRefunded) {
        public static OrderNode of(Order o) {
            List<Money> paid = o.linePaidAmounts();
            List<OrderLineNode> lines = new ArrayList<>();
            for (int i = 0; i < o.lines().size(); i++) {
                OrderLine line = o.lines().get(i);
                lines.add(OrderLineNode.of(line, paid.get(i), o.shippedQuantity(line.index()),
                        o.refunds().quantity(line.index()), o.refunds().amount(line.index())));
            }
            var contents = o.contents();
            return new OrderNode(o.id().toString(), o.number(), OrderStatusValue.of(o.status()),
                    OrderSourceValue.of(o.origin().source()), o.origin().salesperson().orElse(null),
                    o.customer().toString(), o.createdAt(), lines, contents.goodsTotal().toString(),
                    contents.promotionDiscount().toString(), contents.couponDiscount().toString(),
                    contents.coupon().map(c -> c.value().toString()).orElse(null), contents.shipping().toString(),
                    o.adjustments().stream().map(PriceAdjustmentNode::of).toList(), o.goodsPayable().toString(),
                    o.shippingPayable().toString(), o.total().toString(), o.amountDue().toString(), o.fullyPaid(),
                    o.total().currency().getCurrencyCode(), o.tenders().stream().map(TenderNode::of).toList(),
                    DeliveryNode.of(o.delivery()), contents.invoice().map(InvoiceNode::of).orElse(null),
                    contents.deliveryDate().orElse(null), contents.buyerNote().orElse(null),
                    o.shipments().stream().map(ShipmentNode::of).toList(),
                    o.transferReport().map(TransferReportNode::of).orElse(null),
                    o.verification().map(VerificationNode::of).orElse(null), o.paymentDeadline().orElse(null),
                    o.receiptDue().orElse(null), Math.toIntExact(o.version()),
                    o.events().stream().map(OrderEventNode::of).toList(), o.refunds().total().toString(),
                    o.everyUnitRefunded());
        }
    }

    @Type("OrderLine")
    @Description("One line of an order as bought: the SKU described then, prices, discount shares and totals")
    public record OrderLineNode(@NonNull int index, @NonNull @Id String skuId, @NonNull @Id String productId,
                                @NonNull String productName, @NonNull String skuCode,
                                @NonNull @Description("e.g. 红色, XL") List<@NonNull String> specValues,
                                @Id String storeId, @NonNull int quantity, @NonNull String listPrice,
                                @NonNull String unitPrice,
                                @NonNull @Description("LIST, LEVEL_PRICE, LEVEL_RATE, PRICE_LIST or FLASH_PRICE")
                                String priceTier,
                                @NonNull String goodsAmount, @NonNull String promotionDiscount,
                                @NonNull String couponDiscount,
                                @NonNull @Description("goodsAmount − promotionDiscount − couponDiscount") String total,
                                @NonNull @Description("What the line cost after the merchant's goods price changes too")
                                String paidAmount,
                                @NonNull @Description("Units sent in packages so far") int shippedQuantity,
                                @NonNull @Description("Units refunded by after-sales so far") int refundedQuantity,
                                @NonNull @Description("Money refunded for the line so far") String refundedAmount) {
        static OrderLineNode of(OrderLine l, Money paid, int shipped, int refunded, Money refundedAmount) {
            return new OrderLineNode(l.index(), l.sku().sku().value().toString(),
                    l.sku().product().value().toString(), l.sku().productName(), l.sku().skuCode(),
                    l.sku().specValues(), l.store().map(s -> s.value().toString()).orElse(null), l.quantity(),
                    l.listPrice().toString(), l.unitPrice().amount().toString(), l.unitPrice().tier().name(),
                    l.goodsAmount().toString(), l.promotionDiscount().toString(), l.couponDiscount().toString(),
                    l.total().toString(), paid.toString(), shipped, refunded, refundedAmount.toString());
        }
    }

    @Type("Tender")
    @Description("One way the order is paid and how much; settled once its money is in")
    public record TenderNode(@NonNull TenderTypeValue type, @NonNull String amount,
                             @NonNull @Description("Points spent, for POINTS") long points, @NonNull boolean settled,
                             Instant settledAt,
                             @Description("Where the payment lives: wallet operation, gateway transaction, transfer")
                             String reference) {
        static TenderNode of(Tender t) {
            return new TenderNode(TenderTypeValue.of(t.type()), t.amount().toString(), t.points().value(),
                    t.isSettled(), t.settledAt().orElse(null), t.reference().orElse(null));
        }
    }

    @Type("OrderDelivery")
    @Description("Shipped by a carrier to an address (a snapshot), or picked up in a store")
    public record DeliveryNode(@NonNull DeliveryMethodValue method, @Id String carrierId, DeliveryAddressNode address,
                               @Id String pickupStoreId) {
        static DeliveryNode of(Delivery d) {
            return new DeliveryNode(DeliveryMethodValue.of(d.method()),
                    d.carrier().map(c -> c.value().toString()).orElse(null),
                    d.address().map(DeliveryAddressNode::of).orElse(null),
                    d.pickupStore().map(s -> s.value().toString()).orElse(null));
        }
    }

    @Type("DeliveryAddress")
    @Description("The address an order ships to, as it was given (收货地址)")
    public record DeliveryAddressNode(@NonNull String recipient, @NonNull String phone, @NonNull String province,
                                      @NonNull String city, @NonNull String district, @NonNull String detail,
                                      String postalCode) {
        static DeliveryAddressNode of(AddressDetails a) {
            return new DeliveryAddressNode(a.recipient(), a.phone(), a.province(), a.city(), a.district(), a.detail(),
                    a.postalCode().orElse(null));
        }
    }

    @Type("OrderInvoice")
    @Description("The invoice asked for (发票): its type and the data printed on it")
    public record InvoiceNode(@NonNull InvoiceTypeValue type, @NonNull InvoiceProfileNode details) {
        static InvoiceNode of(InvoiceRequest i) {
            return new InvoiceNode(InvoiceTypeValue.of(i.type()), InvoiceProfileNode.of(i.details()));
        }
    }

    @Type("Shipment")
    @Description("One package sent (包裹)")
    public record ShipmentNode(@NonNull @Id String id, @NonNull String carrier, @NonNull String trackingNumber,
                               @NonNull List<@NonNull ShipmentLineNode> lines, @NonNull String shippedBy,
                               @NonNull Instant shippedAt) {
        static ShipmentNode of(Shipment s) {
            return new ShipmentNode(s.id().toString(), s.carrier(), s.trackingNumber(),
                    s.lines().stream().map(l -> new ShipmentLineNode(l.line(), l.quantity())).toList(), s.shippedBy(),
                    s.shippedAt());
        }
    }

    @Type("ShipmentLine")
    public record ShipmentLineNode(@NonNull @Description("The order line's index") int line, @NonNull int quantity) {
    }

    @Type("PriceAdjustment")
    @Description("A price change before payment (改价): added to (negative: taken off) goods and shipping")
    public record PriceAdjustmentNode(@NonNull String goods, @NonNull String shipping, @NonNull String staff,
                                      @NonNull String reason, @NonNull Instant at) {
        static PriceAdjustmentNode of(PriceAdjustment a) {
            return new PriceAdjustmentNode(a.goods().toString(), a.shipping().toString(), a.staff(), a.reason(),
                    a.at());
        }
    }

    @Type("TransferReport")
    @Description("The customer's report of an offline transfer (线下转账); staff confirm it with recordPayment")
    public record TransferReportNode(@NonNull LocalDate transferDate, @NonNull String account,
                                     @NonNull Instant reportedAt) {
        static TransferReportNode of(TransferReport r) {
            return new TransferReportNode(r.transferDate(), r.account(), r.reportedAt());
        }
    }

    @Type("OrderVerification")
    @Description("The in-store code of a pickup or scan-and-go order (核销码), verified once")
    public record VerificationNode(@NonNull String code, @NonNull boolean used, String verifiedBy,
                                   Instant verifiedAt) {
        static VerificationNode of(Verification v) {
            return new VerificationNode(v.code(), v.isUsed(), v.verifiedBy().orElse(null),
                    v.verifiedAt().orElse(null));
        }
    }

    @Type("OrderEvent")
    @Description("An order message (订单消息): what happened, who did it, when, the status before and after")
    public record OrderEventNode(@NonNull Instant at, @NonNull String actor,
                                 @NonNull @Description("CUSTOMER, STAFF_ADMIN, STAFF, INTEGRATION or SYSTEM")
                                 String actorKind,
                                 @NonNull OrderActionValue action, OrderStatusValue from,
                                 @NonNull OrderStatusValue to, String note) {
        static OrderEventNode of(OrderEvent e) {
            return new OrderEventNode(e.at(), e.actor(), e.actorKind().name(), OrderActionValue.of(e.action()),
                    e.from().map(OrderStatusValue::of).orElse(null), OrderStatusValue.of(e.to()),
                    e.note().orElse(null));
        }
    }
}
