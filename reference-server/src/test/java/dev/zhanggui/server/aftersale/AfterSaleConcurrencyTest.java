package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleLine;
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
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After-sales under concurrency: staff agreeing to refund the same request at the same moment (each
 * call its own request and transaction, as on separate server instances sharing the database)
 * refund it exactly once and the wallet ledger reconciles; two requests for the same line at once
 * give one request.
 */
@QuarkusTest
class AfterSaleConcurrencyTest {
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

    AfterSaleOrders data;

    @BeforeEach
    void data() {
        data = new AfterSaleOrders(checkout, fulfilment, customers, wallets);
    }

    @Test
    void staff_refunding_the_same_request_at_once_refund_it_once() throws Exception {
        SkuId soap = AfterSaleOrders.onSale("售后香皂", "20.00", 10);
        Actor buyer = data.newCustomer("100.00");
        Order paid = data.paidByBalance(buyer, soap, 2);
        Money afterPaying = data.balance(buyer);
        AfterSale asked = afterSales.request(buyer, AfterSaleRequest.wholeOrder(paid.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));

        List<Integer> answers = ParallelCalls.fire(4, () -> Api.asStaff()
                .post(AfterSaleRestData.AFTER_SALES + "/" + asked.id() + "/refund").then().extract().statusCode());

        assertThat(answers).contains(200).allMatch(s -> s == 200 || s == 409);
        assertThat(refunds.refundsOf(data.admin, paid.id())).singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualTo(paid.total()));
        assertThat(afterSales.one(data.admin, asked.id()).status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(data.balance(buyer)).isEqualTo(afterPaying.plus(paid.total()));
        assertThat(reconciliation.reconcile(data.admin).drifts()).isEmpty();
    }

    @Test
    void two_requests_for_the_same_line_at_once_give_one_request() throws Exception {
        SkuId towel = AfterSaleOrders.onSale("售后浴巾", "25.00", 10);
        Actor buyer = data.newCustomer("100.00");
        Order paid = data.paidByBalance(buyer, towel, 3);

        List<String> answers = ParallelCalls.atOnce(2, i -> () -> {
            try {
                return afterSales.request(buyer, new AfterSaleRequest(paid.id(), AfterSaleType.REFUND_ONLY,
                        List.of(new AfterSaleLine(0, 1 + i)), "OTHER", Optional.empty(), List.of())).status().name();
            } catch (DomainException e) {
                return e.code().name();
            }
        });

        assertThat(answers).containsExactlyInAnyOrder("REQUESTED", "AFTERSALE_LINE_HAS_OPEN_REQUEST");
        assertThat(afterSales.mine(buyer, dev.zhanggui.shared.PageRequest.first(10)).items()).hasSize(1);
    }
}
