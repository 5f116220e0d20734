package dev.zhanggui.server.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletService;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders of merchant demo made through the core's use cases for the after-sales persistence and
 * concurrency tests: new signed-in customers (never the shared demo ones) with an address and
 * money on their balance, and orders paid in full from the balance, shipped if asked.
 */
final class AfterSaleOrders {
    static final MerchantId DEMO = MerchantId.of("demo");
    final Actor admin = Actor.admin(DEMO, "admin");

    private final CheckoutService checkout;
    private final FulfilmentService fulfilment;
    private final CustomerService customers;
    private final WalletService wallets;

    AfterSaleOrders(CheckoutService checkout, FulfilmentService fulfilment, CustomerService customers,
                    WalletService wallets) {
        this.checkout = checkout;
        this.fulfilment = fulfilment;
        this.customers = customers;
        this.wallets = wallets;
    }

    /** A product on sale with one SKU at the price and that stock in the warehouse. */
    static SkuId onSale(String name, String price, int onHand) {
        return SkuId.parse(ProductRequests.onSaleWithStock("AFS", name, price, onHand)[1]);
    }

    /** A customer signing in for the first time, with an address and this much balance (principal). */
    Actor newCustomer(String balance) {
        Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        customers.addAddress(buyer, new AddressDetails("赵六", "13800000009", "浙江省", "杭州市", "西湖区",
                "文三路 1 号", Optional.of("310000")), true);
        CustomerId id = customers.me(buyer).id();
        wallets.credit(admin, id, new WalletCredit(LedgerReason.TOPUP, Money.of(balance), Money.zero(),
                Optional.empty(), Optional.empty()), "afs-topup-" + UUID.randomUUID());
        return buyer;
    }

    /** An order of the SKU paid in full from the balance (待发货). */
    Order paidByBalance(Actor buyer, SkuId sku, int quantity) {
        return checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(sku, quantity, Optional.empty())),
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE)));
    }

    /** The order shipped whole in one package. */
    Order shipped(Order paid) {
        List<ShipmentLine> lines = paid.lines().stream().map(l -> new ShipmentLine(l.index(), l.quantity())).toList();
        return fulfilment.ship(admin, paid.id(), new FulfilmentService.PackageRequest("顺丰", "SF" + paid.number(),
                lines), Optional.empty());
    }

    Money balance(Actor buyer) {
        return wallets.myWallet(buyer).balance();
    }
}
