package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleRequest;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.server.payment.SandboxPaymentGateway;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff on two server instances (the Quarkus server, and a second set of the same JDBC adapters
 * on a pool of its own, {@link SecondAfterSaleInstance}) agree to refund the same request at the same
 * moment, round after round: each request is refunded once, the refund is carried out once, the
 * balance comes back exactly once and the wallet ledger reconciles as either instance reads it.
 */
@QuarkusTest
class AfterSaleTwoInstancesTest {
    static final int ROUNDS = 10;

    @Inject
    CheckoutService checkout;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CustomerService customers;
    @Inject
    WalletService wallets;
    @Inject
    WalletReconciliation reconciliation;
    @Inject
    AfterSaleService afterSales;
    @Inject
    RefundService refunds;
    @Inject
    OrderRepository orders;
    @Inject
    SandboxPaymentGateway sandbox;

    AfterSaleOrders data;
    SecondAfterSaleInstance second;

    @BeforeEach
    void instances() throws Exception {
        data = new AfterSaleOrders(checkout, fulfilment, customers, wallets);
        second = new SecondAfterSaleInstance(8, sandbox);
    }

    @AfterEach
    void close() {
        second.close();
    }

    @Test
    void two_staff_on_two_instances_refunding_one_request_at_once_refund_it_once() throws Exception {
        SkuId kettle = AfterSaleOrders.onSale("双实例水壶", "15.00", 5 * ROUNDS);
        Actor buyer = data.newCustomer(String.valueOf(60 * ROUNDS) + ".00");
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Order paid = data.paidByBalance(buyer, kettle, 2);
            Money afterPaying = data.balance(buyer);
            AfterSale asked = afterSales.request(buyer, AfterSaleRequest.wholeOrder(paid.id(),
                    AfterSaleType.REFUND_ONLY, "NO_LONGER_WANTED"));
            Actor firstStaff = Actor.staff(AfterSaleOrders.DEMO, "staff");
            Actor secondStaff = Actor.admin(AfterSaleOrders.DEMO, "admin");

            List<String> answers = ParallelCalls.atOnce(2, i -> () -> {
                try {
                    AfterSaleService instance = i == 0 ? afterSales : second.services.afterSales();
                    return instance.refund(i == 0 ? firstStaff : secondStaff, asked.id(), Optional.of(asked.version()))
                            .status().name();
                } catch (DomainException e) {
                    return e.code().name();
                }
            });
            outcomes.addAll(answers);

            assertThat(answers).as("round %d", round).contains("REFUNDED")
                    .allMatch(a -> a.equals("REFUNDED") || a.equals("VERSION_CONFLICT")
                            || a.equals("VERSION_MISMATCH"));
            assertThat(refunds.refundsOf(data.admin, paid.id())).singleElement().satisfies(r -> {
                assertThat(r.amount()).isEqualTo(paid.total());
                assertThat(r.isSettled()).isTrue();
                assertThat(r.parts()).allSatisfy(p -> assertThat(p.attempts()).isEqualTo(1));
            });
            assertThat(afterSales.one(data.admin, asked.id()).status()).isEqualTo(AfterSaleStatus.REFUNDED);
            assertThat(orders.find(AfterSaleOrders.DEMO, paid.id()).orElseThrow().status())
                    .isEqualTo(OrderStatus.CLOSED);
            assertThat(data.balance(buyer)).as("the balance back exactly once").isEqualTo(afterPaying.plus(paid.total()));
        }
        assertThat(reconciliation.reconcile(data.admin).drifts()).isEmpty();
        assertThat(second.reconciliation.reconcile(data.admin).drifts()).isEmpty();
        System.out.println("two instances, " + ROUNDS + " rounds: " + outcomes);
    }
}
