package dev.zhanggui.order;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.AddressId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checkout (结算下单) takes.
 *
 * @param lines              the lines to order; empty to order the whole cart (customers only)
 * @param customer           for staff orders (代客下单): whose order it is; customers order for themselves
 * @param source             where the order comes from; customers' orders are MOBILE_MALL or SCAN_AND_GO
 * @param salesperson        the salesperson who took it (业务员), for staff orders
 * @param delivery           express or pickup
 * @param carrier            the carrier for express (the cheapest enabled one if none is named)
 * @param addressId          an address from the customer's book; or {@code address} given; or the default
 * @param pickupStore        the store for pickup (到店自提)
 * @param invoiceType        asks for an invoice of this type; the data is {@code invoice} or the invoice profile
 * @param deliveryDate       the wished delivery date (期望送达日期), optional
 * @param coupon             which coupon to use
 * @param plan               points to use, balance first or not, and the tender for the rest
 * @param expectedPayable    the payable amount the customer saw; a different re-quote fails with PRICE_CHANGED
 * @param acceptPriceChanges go on at the new prices instead
 * @param draft              staff save a draft (待提交) instead of placing the order
 */
public record CheckoutRequest(List<CartLine> lines, Optional<CustomerId> customer, OrderSource source,
                              Optional<String> salesperson, DeliveryMethod delivery, Optional<CarrierId> carrier,
                              Optional<AddressId> addressId, Optional<AddressDetails> address,
                              Optional<StoreId> pickupStore, Optional<InvoiceRequest.Type> invoiceType,
                              Optional<InvoiceProfile> invoice, Optional<LocalDate> deliveryDate,
                              Optional<String> buyerNote, CouponChoice coupon, PaymentPlan plan,
                              Optional<Money> expectedPayable, boolean acceptPriceChanges, boolean draft) {
    public static final int MAX_NOTE = 200;

    public CheckoutRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
        customer = customer == null ? Optional.empty() : customer;
        source = source == null ? OrderSource.MOBILE_MALL : source;
        salesperson = salesperson == null ? Optional.empty() : salesperson;
        delivery = delivery == null ? DeliveryMethod.EXPRESS : delivery;
        carrier = carrier == null ? Optional.empty() : carrier;
        addressId = addressId == null ? Optional.empty() : addressId;
        address = address == null ? Optional.empty() : address;
        pickupStore = pickupStore == null ? Optional.empty() : pickupStore;
        invoiceType = invoiceType == null ? Optional.empty() : invoiceType;
        invoice = invoice == null ? Optional.empty() : invoice;
        deliveryDate = deliveryDate == null ? Optional.empty() : deliveryDate;
        buyerNote = buyerNote == null ? Optional.empty() : buyerNote.map(String::strip).filter(s -> !s.isEmpty());
        coupon = coupon == null ? CouponChoice.NONE : coupon;
        Objects.requireNonNull(plan, "plan");
        expectedPayable = expectedPayable == null ? Optional.empty() : expectedPayable;
    }

    /** A customer's order of the given lines, shipped to the default address, paying the rest as given. */
    public static CheckoutRequest of(List<CartLine> lines, PaymentPlan plan) {
        return new CheckoutRequest(lines, Optional.empty(), OrderSource.MOBILE_MALL, Optional.empty(),
                DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CouponChoice.NONE, plan,
                Optional.empty(), true, false);
    }
}
