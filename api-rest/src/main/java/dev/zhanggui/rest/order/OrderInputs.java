package dev.zhanggui.rest.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.AddressId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.InvoiceRequest;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What clients send to the order endpoints. */
public final class OrderInputs {
    private OrderInputs() {
    }

    @Schema(name = "OrderLineInput")
    public record LineInput(@Schema(required = true) String skuId,
                            @Schema(required = true, description = "1 to 99999") Integer quantity,
                            @Schema(nullable = true, description = "The store the goods come from (scan-and-go, pickup)")
                            String storeId) {
    }

    @Schema(name = "OrderAddressInput")
    public record AddressInput(@Schema(required = true) String recipient, @Schema(required = true) String phone,
                               @Schema(required = true) String province, @Schema(required = true) String city,
                               @Schema(required = true) String district, @Schema(required = true) String detail,
                               @Schema(nullable = true) String postalCode) {
        AddressDetails toDetails() {
            return new AddressDetails(recipient, phone, province, city, district, detail,
                    Optional.ofNullable(postalCode));
        }
    }

    @Schema(name = "OrderInvoiceInput", description = "The invoice data; absent, the customer's invoice profile")
    public record InvoiceInput(@Schema(required = true) String invoiceTitle, @Schema(nullable = true) String taxpayerId,
                               @Schema(nullable = true) String accountName, @Schema(nullable = true) String bank,
                               @Schema(nullable = true) String bankAccount) {
        InvoiceProfile toProfile() {
            return new InvoiceProfile(invoiceTitle, Optional.ofNullable(taxpayerId), Optional.ofNullable(accountName),
                    Optional.ofNullable(bank), Optional.ofNullable(bankAccount));
        }
    }

    /** How the order is delivered and paid: the part of checkout that customers and staff share. */
    record Terms(String delivery, String carrierId, String addressId, AddressInput address, String pickupStoreId,
                 String invoiceType, InvoiceInput invoice, String deliveryDate, String buyerNote, String coupon,
                 Long points, Boolean useBalance, String tender, @Schema(format = "number") String expectedPayable, Boolean acceptPriceChanges) {
    }

    @Schema(name = "CheckoutInput", description = "A customer's checkout (结算下单): the given lines, or the whole cart "
            + "when lines is absent or empty")
    public record CheckoutInput(
            @Schema(nullable = true, description = "Absent or empty: the whole cart") List<LineInput> lines,
            @Schema(nullable = true, description = "MOBILE_MALL (default) or SCAN_AND_GO") String source,
            @Schema(nullable = true, description = "EXPRESS (default) or PICKUP") String delivery,
            @Schema(nullable = true, description = "Express: a carrier id; the cheapest enabled one if absent") String carrierId,
            @Schema(nullable = true, description = "Express: an address of the customer's book") String addressId,
            @Schema(nullable = true, description = "Express: an address given here; with neither, the default address")
            AddressInput address,
            @Schema(nullable = true, description = "Pickup: the store (到店自提); else the lines' store") String pickupStoreId,
            @Schema(nullable = true, description = "NORMAL or VAT_SPECIAL to ask for an invoice") String invoiceType,
            @Schema(nullable = true, description = "The invoice data; absent, the customer's invoice profile")
            InvoiceInput invoice,
            @Schema(nullable = true, description = "期望送达日期, at least the 5th working day after today",
                    example = "2026-06-15") String deliveryDate,
            @Schema(nullable = true, description = "买家留言, at most 200 characters") String buyerNote,
            @Schema(nullable = true, description = "BEST (default, as the cart's quote), NONE, or the id of a coupon held")
            String coupon,
            @Schema(nullable = true, description = "Points to spend (积分抵扣), default 0") Long points,
            @Schema(nullable = true, description = "Pay from the balance first (余额优先), default false") Boolean useBalance,
            @Schema(nullable = true, description = "The tender for the rest: ONLINE (default), COD, OFFLINE_TRANSFER "
                    + "or CREDIT") String tender,
            @Schema(format = "number", nullable = true, description = "The payable amount the customer saw; a different re-quote is "
                    + "409 PRICE_CHANGED with the new quote", example = "99.50") String expectedPayable,
            @Schema(nullable = true, description = "Go on at the new prices instead of PRICE_CHANGED")
            Boolean acceptPriceChanges) {
        CheckoutRequest toRequest() {
            OrderFields fields = new OrderFields();
            OrderSource from = fields.choice("source", source, OrderSource.MOBILE_MALL, OrderSource.MOBILE_MALL,
                    OrderSource.SCAN_AND_GO);
            return request(fields, cartLines(fields, lines, false), Optional.empty(), from, Optional.empty(),
                    new Terms(delivery, carrierId, addressId, address, pickupStoreId, invoiceType, invoice, deliveryDate,
                            buyerNote, coupon, points, useBalance, tender, expectedPayable, acceptPriceChanges), false);
        }
    }

    @Schema(name = "StaffOrderInput", description = "An order staff take for a customer (代客下单), placed or saved "
            + "as a draft; delivery and payment as in CheckoutInput, and CASH is a tender too")
    public record StaffOrderInput(
            @Schema(required = true) String customerId,
            @Schema(required = true) List<LineInput> lines,
            @Schema(nullable = true, description = "MANUAL (default), SALESPERSON or POS") String source,
            @Schema(nullable = true, description = "The salesperson who took it (业务员)") String salesperson,
            @Schema(nullable = true, description = "Save a draft (待提交) instead of placing it") Boolean draft,
            @Schema(nullable = true, description = "EXPRESS (default) or PICKUP") String delivery,
            @Schema(nullable = true) String carrierId,
            @Schema(nullable = true) String addressId,
            @Schema(nullable = true) AddressInput address,
            @Schema(nullable = true) String pickupStoreId,
            @Schema(nullable = true, description = "NORMAL or VAT_SPECIAL") String invoiceType,
            @Schema(nullable = true) InvoiceInput invoice,
            @Schema(nullable = true, example = "2026-06-15") String deliveryDate,
            @Schema(nullable = true) String buyerNote,
            @Schema(nullable = true, description = "BEST (default), NONE, or the id of a coupon the customer holds")
            String coupon,
            @Schema(nullable = true) Long points,
            @Schema(nullable = true) Boolean useBalance,
            @Schema(nullable = true, description = "ONLINE (default), COD, OFFLINE_TRANSFER, CREDIT or CASH") String tender,
            @Schema(format = "number", nullable = true) String expectedPayable,
            @Schema(nullable = true) Boolean acceptPriceChanges) {
        CheckoutRequest toRequest() {
            OrderFields fields = new OrderFields();
            Optional<CustomerId> customer = fields.requiredId("customerId", customerId, ErrorCode.CUSTOMER_NOT_FOUND,
                    CustomerId::new);
            OrderSource from = fields.choice("source", source, OrderSource.MANUAL, OrderSource.MANUAL,
                    OrderSource.SALESPERSON, OrderSource.POS);
            Optional<String> seller = fields.text("salesperson", salesperson, 64);
            return request(fields, cartLines(fields, lines, true), customer, from, seller,
                    new Terms(delivery, carrierId, addressId, address, pickupStoreId, invoiceType, invoice, deliveryDate,
                            buyerNote, coupon, points, useBalance, tender, expectedPayable, acceptPriceChanges),
                    Boolean.TRUE.equals(draft));
        }
    }

    private static List<CartLine> cartLines(OrderFields fields, List<LineInput> given, boolean required) {
        List<CartLine> lines = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            fields.require(!required, "lines", ErrorCode.ORDER_INVALID, "An order names 1 to 200 lines");
            return lines;
        }
        fields.require(given.size() <= 200, "lines", ErrorCode.ORDER_INVALID, "An order has at most 200 lines");
        for (int i = 0; i < given.size(); i++) {
            LineInput line = given.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                fields.require(false, at, ErrorCode.ORDER_INVALID, "A line is required");
                continue;
            }
            Optional<SkuId> sku = fields.requiredId(at + ".skuId", line.skuId(), ErrorCode.SKU_NOT_FOUND, SkuId::new);
            Optional<StoreId> store = fields.id(at + ".storeId", line.storeId(), ErrorCode.STORE_NOT_FOUND, StoreId::new);
            boolean quantity = line.quantity() != null && line.quantity() >= 1 && line.quantity() <= 99_999;
            fields.require(quantity, at + ".quantity", ErrorCode.ORDER_INVALID, "A quantity is 1 to 99999");
            if (sku.isPresent() && quantity) {
                lines.add(new CartLine(sku.get(), line.quantity(), store));
            }
        }
        return lines;
    }

    private static CheckoutRequest request(OrderFields fields, List<CartLine> lines, Optional<CustomerId> customer,
                                           OrderSource source, Optional<String> salesperson, Terms given,
                                           boolean draft) {
        Terms t = given;
        DeliveryMethod delivery = fields.choice("delivery", t.delivery(), DeliveryMethod.EXPRESS,
                DeliveryMethod.values());
        Optional<CarrierId> carrier = fields.id("carrierId", t.carrierId(), ErrorCode.CARRIER_NOT_FOUND,
                CarrierId::new);
        Optional<AddressId> addressId = fields.id("addressId", t.addressId(),
                ErrorCode.CUSTOMER_ADDRESS_NOT_FOUND, AddressId::new);
        Optional<AddressDetails> address = fields.address("address", t.address());
        Optional<StoreId> pickup = fields.id("pickupStoreId", t.pickupStoreId(), ErrorCode.STORE_NOT_FOUND,
                StoreId::new);
        InvoiceRequest.Type invoiceType = fields.choice("invoiceType", t.invoiceType(), null,
                InvoiceRequest.Type.values());
        Optional<InvoiceProfile> invoice = fields.invoice("invoice", t.invoice());
        var deliveryDate = fields.date("deliveryDate", t.deliveryDate());
        Optional<String> note = fields.text("buyerNote", t.buyerNote(), CheckoutRequest.MAX_NOTE);
        CouponChoice coupon = coupon(fields, t.coupon());
        fields.require(t.points() == null || t.points() >= 0, "points", ErrorCode.ORDER_TENDER_INVALID,
                "Points are 0 or more");
        TenderType rest = fields.choice("tender", t.tender(), TenderType.ONLINE, TenderType.ONLINE,
                TenderType.COD, TenderType.OFFLINE_TRANSFER, TenderType.CREDIT, TenderType.CASH);
        var expected = fields.money("expectedPayable", t.expectedPayable());
        fields.check();
        PaymentPlan plan = new PaymentPlan(Points.of(t.points() == null ? 0 : t.points()),
                Boolean.TRUE.equals(t.useBalance()), rest);
        return new CheckoutRequest(lines, customer, source, salesperson, delivery, carrier, addressId, address, pickup,
                Optional.ofNullable(invoiceType), invoice, deliveryDate, note, coupon, plan, expected,
                Boolean.TRUE.equals(t.acceptPriceChanges()), draft);
    }

    private static CouponChoice coupon(OrderFields fields, String text) {
        if (OrderFields.blank(text) || text.strip().equalsIgnoreCase("BEST")) {
            return CouponChoice.BEST;
        }
        if (text.strip().equalsIgnoreCase("NONE")) {
            return CouponChoice.NONE;
        }
        return fields.id("coupon", text, ErrorCode.COUPON_NOT_FOUND, CouponId::new)
                .<CouponChoice>map(CouponChoice.Specific::new).orElse(CouponChoice.NONE);
    }

    // ---- the smaller requests

    @Schema(name = "CartLineAdd")
    public record CartLineAdd(@Schema(required = true) String skuId,
                              @Schema(nullable = true, description = "Default 1") Integer quantity,
                              @Schema(nullable = true) String storeId) {
    }

    @Schema(name = "CartLineChange", description = "The line's new quantity; 0 removes it")
    public record CartLineChange(@Schema(required = true) Integer quantity) {
    }

    @Schema(name = "OrderReasonInput")
    public record ReasonInput(@Schema(nullable = true, description = "At most 200 characters") String reason) {
    }

    @Schema(name = "TransferReportInput", description = "The offline transfer the customer made (线下转账)")
    public record TransferReportInput(@Schema(required = true, example = "2026-06-08") String transferDate,
                                      @Schema(required = true, description = "The paying account, 1 to 100 characters")
                                      String account) {
    }

    @Schema(name = "OrderPaymentRecordInput", description = "What names the money received (a transfer's reference, a receipt number)")
    public record PaymentRecordInput(@Schema(nullable = true) String reference) {
    }

    @Schema(name = "PriceAdjustmentInput", description = "改价: amounts added (negative: taken off) to goods and shipping")
    public record PriceAdjustmentInput(@Schema(format = "number", nullable = true, example = "-10.00", description = "Default 0.00") String goods,
                                       @Schema(format = "number", nullable = true, example = "0.00", description = "Default 0.00") String shipping,
                                       @Schema(required = true) String reason) {
    }

    @Schema(name = "ShipmentInput", description = "One package (包裹)")
    public record ShipmentInput(@Schema(required = true, example = "顺丰速运") String carrier,
                                @Schema(required = true, example = "SF1234567890") String trackingNumber,
                                @Schema(required = true) List<ShipmentLineInput> lines) {
    }

    @Schema(name = "ShipmentLineInput")
    public record ShipmentLineInput(@Schema(required = true, description = "The order line's index") Integer line,
                                    @Schema(required = true) Integer quantity) {
    }

    @Schema(name = "BatchShipmentInput", description = "批量发货: each order shipped in full in one package")
    public record BatchShipmentInput(@Schema(required = true) String carrier,
                                     @Schema(required = true, description = "1 to 100 orders") List<BatchOrder> orders) {
    }

    @Schema(name = "BatchShipmentOrder")
    public record BatchOrder(@Schema(required = true) String orderId, @Schema(required = true) String trackingNumber) {
    }

    @Schema(name = "VerificationInput", description = "The code shown by the customer (核销码)")
    public record VerificationInput(@Schema(required = true, example = "123456789012") String code) {
    }
}
