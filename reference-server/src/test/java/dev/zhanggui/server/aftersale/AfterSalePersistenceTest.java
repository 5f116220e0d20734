package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleAction;
import dev.zhanggui.aftersale.AfterSaleFilter;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleRepository;
import dev.zhanggui.aftersale.AfterSaleRequest;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundRepository;
import dev.zhanggui.aftersale.RefundStatus;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.zhanggui.server.aftersale.AfterSaleOrders.DEMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After-sales on PostgreSQL through the core's use cases: a request and its refund read back as
 * written at every step, the lists filter in SQL, a stale update is refused, and the open-line rule
 * holds in the database.
 */
@QuarkusTest
class AfterSalePersistenceTest {
    @Inject
    CheckoutService checkout;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CustomerService customers;
    @Inject
    WalletService wallets;
    @Inject
    AfterSaleService afterSales;
    @Inject
    AfterSaleRepository repository;
    @Inject
    RefundRepository refunds;
    @Inject
    OrderRepository orders;
    @Inject
    Transactions transactions;

    AfterSaleOrders data;

    @BeforeEach
    void data() {
        data = new AfterSaleOrders(checkout, fulfilment, customers, wallets);
    }

    @Test
    void a_request_and_its_refund_read_back_as_written_at_every_step() {
        SkuId tea = AfterSaleOrders.onSale("售后龙井", "40.00", 10);
        Actor buyer = data.newCustomer("200.00");
        Order shipped = data.shipped(data.paidByBalance(buyer, tea, 3));
        Money before = data.balance(buyer);

        AfterSale asked = afterSales.request(buyer, new AfterSaleRequest(shipped.id(), AfterSaleType.RETURN_AND_REFUND,
                List.of(new AfterSaleLine(0, 2)), "QUALITY_PROBLEM", Optional.of("杯子有裂纹"),
                List.of("https://img.example.com/a.jpg")));
        assertSameAsStored(asked);
        AfterSale approved = afterSales.approveWithReturn(data.admin, asked.id(), Optional.of(asked.version()));
        assertSameAsStored(approved);
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            repository.update(asked, asked.version() + 5);
            return null;
        })).extracting("code").isEqualTo(ErrorCode.VERSION_CONFLICT);
        assertSameAsStored(afterSales.submitReturnShipment(buyer, asked.id(), "顺丰", "SF-RET-1"));
        assertSameAsStored(afterSales.markReturnReceived(data.admin, asked.id(), Optional.empty()));
        AfterSale refunded = afterSales.refund(data.admin, asked.id(), Optional.empty());
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertSameAsStored(refunded);
        assertThat(refunded.events()).extracting(e -> e.action()).containsExactly(AfterSaleAction.REQUEST,
                AfterSaleAction.APPROVE_RETURN, AfterSaleAction.SUBMIT_RETURN_SHIPMENT,
                AfterSaleAction.MARK_RETURN_RECEIVED, AfterSaleAction.AGREE_REFUND, AfterSaleAction.COMPLETE_REFUND);

        Refund refund = transactions.inTransaction(() -> refunds.find(DEMO, refunded.refund().orElseThrow()))
                .orElseThrow();
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.amount()).isEqualTo(Money.of("80.00"));
        assertThat(AfterSaleDocuments.write(refund)).isEqualTo(AfterSaleDocuments.write(
                transactions.inTransaction(() -> refunds.ofOrder(DEMO, shipped.id())).getFirst()));
        assertThat(transactions.inTransaction(() -> refunds.unsettled(DEMO))).extracting(Refund::id)
                .doesNotContain(refund.id());
        assertThat(data.balance(buyer)).isEqualTo(before.plus(Money.of("80.00")));
        Order after = transactions.inTransaction(() -> orders.find(DEMO, shipped.id())).orElseThrow();
        assertThat(after.refunds().all()).singleElement().satisfies(r ->
                assertThat(r.reference()).isEqualTo(refund.id().toString()));
        assertThat(after.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void the_lists_filter_in_sql_and_one_line_holds_one_open_request() {
        SkuId pen = AfterSaleOrders.onSale("售后钢笔", "12.00", 10);
        Actor buyer = data.newCustomer("100.00");
        Order paid = data.paidByBalance(buyer, pen, 2);
        AfterSale asked = afterSales.request(buyer, AfterSaleRequest.wholeOrder(paid.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));

        AfterSale copy = new AfterSale(new dev.zhanggui.aftersale.AfterSaleId(java.util.UUID.randomUUID()), DEMO,
                paid.id(), paid.number(), asked.customer(), AfterSaleType.REFUND_ONLY, asked.lines(), asked.reason(),
                Optional.empty(), List.of(), asked.requestedAt(), AfterSaleStatus.REQUESTED, Optional.empty(),
                Optional.empty(), Optional.empty(), asked.events(), 0);
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            repository.add(copy);
            return null;
        })).extracting("code").isEqualTo(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST);

        AfterSaleFilter waiting = new AfterSaleFilter(Optional.of(AfterSaleStatus.REQUESTED),
                Optional.of(AfterSaleType.REFUND_ONLY), Optional.of(asked.requestedAt()),
                Optional.of(asked.requestedAt().plusSeconds(1)));
        assertThat(afterSales.list(data.admin, waiting, PageRequest.first(100)).items()).extracting(AfterSale::id)
                .contains(asked.id());
        AfterSaleFilter returns = new AfterSaleFilter(Optional.empty(), Optional.of(AfterSaleType.RETURN_AND_REFUND),
                Optional.of(asked.requestedAt()), Optional.empty());
        assertThat(afterSales.list(data.admin, returns, PageRequest.first(100)).items()).extracting(AfterSale::id)
                .doesNotContain(asked.id());
        assertThat(afterSales.mine(buyer, PageRequest.first(10)).items()).extracting(AfterSale::id)
                .containsExactly(asked.id());

        afterSales.withdraw(buyer, asked.id());
        AfterSale again = afterSales.request(buyer, AfterSaleRequest.wholeOrder(paid.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));
        assertThat(afterSales.mine(buyer, PageRequest.first(1)).items()).extracting(AfterSale::id)
                .containsExactly(again.id());
        assertThat(afterSales.mine(buyer, new PageRequest(1, afterSales.mine(buyer, PageRequest.first(1)).next()))
                .items()).extracting(AfterSale::id).containsExactly(asked.id());
    }

    private void assertSameAsStored(AfterSale a) {
        AfterSale stored = transactions.inTransaction(() -> repository.find(DEMO, a.id())).orElseThrow();
        assertThat(AfterSaleDocuments.write(stored)).isEqualTo(AfterSaleDocuments.write(a));
        assertThat(stored.version()).isEqualTo(a.version());
        assertThat(stored.status()).isEqualTo(a.status());
        assertThat(stored.requestedAt()).isEqualTo(a.requestedAt());
    }
}
