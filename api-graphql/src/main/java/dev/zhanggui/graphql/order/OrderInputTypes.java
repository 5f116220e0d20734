package dev.zhanggui.graphql.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.graphql.customer.CustomerTypes.AddressInput;
import dev.zhanggui.graphql.customer.CustomerTypes.InvoiceProfileInput;
import dev.zhanggui.graphql.order.OrderEnums.DeliveryMethodValue;
import dev.zhanggui.graphql.order.OrderEnums.InvoiceTypeValue;
import dev.zhanggui.graphql.order.OrderEnums.OrderSourceValue;
import dev.zhanggui.graphql.order.OrderEnums.OrderStatusValue;
import dev.zhanggui.graphql.order.OrderEnums.TenderTypeValue;
import dev.zhanggui.customer.AddressId;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.FulfilmentService.PackageRequest;
import dev.zhanggui.order.OrderFilter;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.order.VerificationFilter;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.Optional;

import static dev.zhanggui.graphql.order.OrderArguments.id;
import static dev.zhanggui.graphql.order.OrderArguments.instant;
import static dev.zhanggui.graphql.order.OrderArguments.money;

/** The GraphQL inputs of orders: checkout (the customer's and staff's), list filters, packages. */
public final class OrderInputTypes {
    private OrderInputTypes() {
    }

    @Input("OrderLineInput")
    public record OrderLineInput(@NonNull @Id String skuId, @NonNull int quantity,
                                 @Id @Description("The store bought from (scan-and-go, pickup)") String storeId) {
        CartLine toCore() {
            return new CartLine(SkuId.parse(skuId), quantity, id(storeId, dev.zhanggui.catalog.StoreId::parse));
        }

        static List<CartLine> toCore(List<OrderLineInput> lines) {
            if (lines == null) {
                return List.of();
            }
            if (lines.contains(null)) {
                throw DomainException.invalidField("lines", ErrorCode.ORDER_INVALID, "A line is required");
            }
            return lines.stream().map(OrderLineInput::toCore).toList();
        }
    }

    @Input("CheckoutInput")
    @Description("结算下单. Without lines the whole cart is ordered. Express goes to address, or addressId from"
            + " the address book, or the default address. Pass the quote's payable as expectedPayable: if the"
            + " re-quote differs the order is refused with PRICE_CHANGED and the new quote,"
            + " unless acceptPriceChanges")
    public record CheckoutInput(@Description("The lines to order; none (or absent) orders the whole cart")
                                List<OrderLineInput> lines,
                                @Description("EXPRESS (default) or PICKUP") DeliveryMethodValue delivery,
                                @Id String carrierId, @Id String addressId, AddressInput address,
                                @Id String pickupStoreId,
                                @Description("Asks for an invoice; its data is invoice or the invoice profile")
                                InvoiceTypeValue invoiceType, InvoiceProfileInput invoice,
                                @Description("期望送达日期, e.g. 2026-06-15: the 5th working day or later")
                                String deliveryDate,
                                @Description("买家留言, at most 200 characters") String buyerNote,
                                @Description("BEST (default), NONE, or the id of a coupon the customer holds")
                                String coupon,
                                @Description("Points to spend (积分抵扣)") Integer points,
                                @Description("Pay with the balance first (余额优先)") Boolean useBalance,
                                @Description("The tender for the rest: ONLINE (default), COD, OFFLINE_TRANSFER,"
                                        + " CREDIT") TenderTypeValue rest,
                                @Description("The payable the customer saw, e.g. \"99.50\"") String expectedPayable,
                                @Description("Go on at the new prices instead of PRICE_CHANGED")
                                Boolean acceptPriceChanges,
                                @Description("MOBILE_MALL (default) or SCAN_AND_GO (扫码购, issues a code to show"
                                        + " at the exit)") OrderSourceValue source) {
        /** The calling customer's own order. */
        CheckoutRequest toCore() {
            return toCore(Optional.empty(), source == null ? OrderSource.MOBILE_MALL : source.toCore(),
                    Optional.empty(), false);
        }

        CheckoutRequest toCore(Optional<CustomerId> customer, OrderSource source, Optional<String> salesperson,
                               boolean draft) {
            return new CheckoutRequest(OrderLineInput.toCore(lines), customer, source, salesperson,
                    delivery == null ? null : delivery.toCore(), id(carrierId, CarrierId::parse),
                    id(addressId, AddressId::parse), Optional.ofNullable(address).map(AddressInput::toDetails),
                    id(pickupStoreId, dev.zhanggui.catalog.StoreId::parse),
                    Optional.ofNullable(invoiceType).map(InvoiceTypeValue::toCore),
                    Optional.ofNullable(invoice).map(InvoiceProfileInput::toProfile),
                    OrderArguments.date("deliveryDate", deliveryDate), Optional.ofNullable(buyerNote),
                    OrderArguments.coupon(coupon), plan(), money("expectedPayable", expectedPayable),
                    Boolean.TRUE.equals(acceptPriceChanges), draft);
        }

        private PaymentPlan plan() {
            return new PaymentPlan(Points.of(points == null ? 0 : points), Boolean.TRUE.equals(useBalance),
                    OrderArguments.rest(rest == null ? TenderType.ONLINE : rest.toCore()));
        }
    }

    @Input("StaffOrderInput")
    @Description("代客下单: staff order for a customer, as a draft (待提交) or placed at once. The source is"
            + " SALESPERSON when a salesperson is named, else MANUAL, unless given")
    public record StaffOrderInput(@NonNull @Id String customerId, OrderSourceValue source, String salesperson,
                                  @Description("Save a draft that submitDraftOrder places later") Boolean draft,
                                  @NonNull List<@NonNull OrderLineInput> lines, DeliveryMethodValue delivery,
                                  @Id String carrierId, @Id String addressId, AddressInput address,
                                  @Id String pickupStoreId, InvoiceTypeValue invoiceType, InvoiceProfileInput invoice,
                                  String deliveryDate, String buyerNote, String coupon, Integer points,
                                  Boolean useBalance,
                                  @Description("ONLINE (default), COD, OFFLINE_TRANSFER, CREDIT or CASH")
                                  TenderTypeValue rest,
                                  String expectedPayable, Boolean acceptPriceChanges) {
        CheckoutRequest toCore() {
            Optional<String> seller = Optional.ofNullable(salesperson).map(String::strip).filter(s -> !s.isEmpty());
            OrderSource from = source != null ? source.toCore()
                    : seller.isPresent() ? OrderSource.SALESPERSON : OrderSource.MANUAL;
            return new CheckoutInput(lines, delivery, carrierId, addressId, address, pickupStoreId, invoiceType,
                    invoice, deliveryDate, buyerNote, coupon, points, useBalance, rest, expectedPayable,
                    acceptPriceChanges, null).toCore(Optional.of(CustomerId.parse(customerId)), from, seller,
                    Boolean.TRUE.equals(draft));
        }
    }

    @Input("OrderFilter")
    @Description("The back office's order list: status, placed in [from, until) (ISO 8601 instants), customer"
            + " (by id or phone), source, salesperson, tender")
    public record OrderFilterInput(OrderStatusValue status, String from, String until, @Id String customerId,
                                   @Description("The customer's full phone number") String phone,
                                   OrderSourceValue source, String salesperson, TenderTypeValue tender) {
        OrderFilter toCore(Optional<CustomerId> byPhone) {
            Optional<CustomerId> customer = id(customerId, CustomerId::parse).or(() -> byPhone);
            return new OrderFilter(Optional.ofNullable(status).map(OrderStatusValue::toCore), instant("from", from),
                    instant("until", until), customer, Optional.ofNullable(source).map(OrderSourceValue::toCore),
                    Optional.ofNullable(salesperson).filter(s -> !s.isBlank()),
                    Optional.ofNullable(tender).map(TenderTypeValue::toCore));
        }
    }

    @Input("VerificationFilter")
    @Description("Verifications by a staff member (the admin only; staff see their own), verified in [from, until)")
    public record VerificationFilterInput(String verifiedBy, String from, String until) {
        static VerificationFilter toCore(VerificationFilterInput in) {
            if (in == null) {
                return new VerificationFilter(Optional.empty(), Optional.empty(), Optional.empty());
            }
            return new VerificationFilter(Optional.ofNullable(in.verifiedBy()).filter(s -> !s.isBlank()),
                    instant("from", in.from()), instant("until", in.until()));
        }
    }

    @Input("ShipmentLineInput")
    public record ShipmentLineInput(@NonNull @Description("The order line's index") int line,
                                    @NonNull int quantity) {
    }

    @Input("PackageInput")
    @Description("One package (包裹): carrier, tracking number, and the units of each order line in it")
    public record PackageInput(@NonNull String carrier, @NonNull String trackingNumber,
                               @NonNull List<@NonNull ShipmentLineInput> lines) {
        PackageRequest toCore() {
            if (lines == null) {
                throw DomainException.invalidField("lines", ErrorCode.ORDER_SHIPMENT_INVALID,
                        "A package has lines");
            }
            return new PackageRequest(carrier, trackingNumber,
                    lines.stream().map(l -> new ShipmentLine(l.line(), l.quantity())).toList());
        }
    }
}
