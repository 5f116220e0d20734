package dev.zhanggui.server.wallet;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders of merchant demo made and moved through the core's order use cases, for the reward
 * tests: products on sale with stock, signed-in customers with an address, and orders paid online,
 * shipped, and then received (完成) by the buyer.
 */
final class RewardOrders {
    static final MerchantId DEMO = MerchantId.of("demo");
    static final Actor DEMO_ADMIN = Actor.admin(DEMO, "admin");
    final Actor admin = DEMO_ADMIN;
    final Actor gateway = new Actor(DEMO, "gateway", Actor.Kind.INTEGRATION, Optional.empty());

    private final CheckoutService checkout;
    private final OrderPaymentService payments;
    private final FulfilmentService fulfilment;
    private final CustomerService customers;

    RewardOrders(CheckoutService checkout, OrderPaymentService payments, FulfilmentService fulfilment,
                 CustomerService customers) {
        this.checkout = checkout;
        this.payments = payments;
        this.fulfilment = fulfilment;
        this.customers = customers;
    }

    /** A product on sale with one SKU at the price and that stock in the warehouse. */
    static SkuId onSale(String name, String price, int onHand) {
        return SkuId.parse(ProductRequests.onSaleWithStock("RWD", name, price, onHand)[1]);
    }

    /** A customer signing in for the first time (registered now), with a default address. */
    Actor newCustomer() {
        Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        withAddress(buyer);
        return buyer;
    }

    /** Gives the customer a default address to ship to. */
    void withAddress(Actor buyer) {
        customers.addAddress(buyer, new AddressDetails("王五", "13800000009", "浙江省", "杭州市", "西湖区",
                "文三路 1 号", Optional.of("310000")), true);
    }

    /** An order of the SKU, the points given spent on it and the rest paid online, then shipped in one package. */
    Order shipped(Actor buyer, SkuId sku, int quantity, long points) {
        Order placed = checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(sku, quantity, Optional.empty())),
                new PaymentPlan(Points.of(points), false, TenderType.ONLINE)));
        payments.confirmOnlinePayment(gateway, placed.id(), "wx-" + placed.number(), placed.amountDue());
        return fulfilment.ship(admin, placed.id(), new FulfilmentService.PackageRequest("顺丰", "SF" + placed.number(),
                List.of(new ShipmentLine(0, quantity))), Optional.empty());
    }

    /** The buyer confirms receipt (确认收货): the order completes. */
    Order received(Actor buyer, Order shipped) {
        return fulfilment.confirmReceipt(buyer, shipped.id());
    }

    Order completed(Actor buyer, SkuId sku, int quantity, long points) {
        return received(buyer, shipped(buyer, sku, quantity, points));
    }
}
