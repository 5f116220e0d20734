package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.inmemory.InMemoryDashboardFigures;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 000's dashboard (工作台): what waits for the merchant, and today and the last 30 days in its time zone. */
class DashboardScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final SkuId rice = f.sku("东北大米 5kg", "45.00", 100);
    private final DashboardService dashboards = new DashboardService(
            new InMemoryDashboardFigures(f.orderRepository, f.customerRepository), f.settings, f.transactions, f.clock);

    @Test
    void the_counters_and_the_trend_follow_the_orders() {
        Actor early = f.customer();
        place(early, TenderType.ONLINE);
        f.clock.advance(Duration.ofDays(1));
        Actor a = f.customer();
        Actor b = f.customer();
        Order unpaid = place(a, TenderType.ONLINE);
        Order cod = place(b, TenderType.COD);
        Actor c = f.customer();
        Order closed = place(c, TenderType.ONLINE);
        f.orders.cancel(c, closed.id());
        Order paid = place(a, TenderType.ONLINE);
        f.payments.confirmOnlinePayment(f.gateway, paid.id(), "wx-9", paid.amountDue());
        f.orders.requestCancellation(a, paid.id(), "买错了");

        Dashboard d = dashboards.dashboard(f.cashier);
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertThat(d.today()).isEqualTo(today);
        assertThat(d.awaitingPayment()).isEqualTo(2);
        assertThat(d.toShip()).isEqualTo(1);
        assertThat(d.refundRequests()).isEqualTo(1);
        assertThat(d.todayFigures()).isEqualTo(new Dashboard.DailyFigures(today, 3, Money.of("135.00"), 3));
        assertThat(d.trend()).hasSize(DashboardService.TREND_DAYS);
        assertThat(d.trend().getLast().day()).isEqualTo(today);
        assertThat(d.trend().get(DashboardService.TREND_DAYS - 2))
                .isEqualTo(new Dashboard.DailyFigures(today.minusDays(1), 1, Money.of("45.00"), 1));
        assertThat(d.trend().getFirst()).isEqualTo(Dashboard.DailyFigures.none(today.minusDays(29)));
        assertThat(unpaid.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(cod.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThatThrownBy(() -> dashboards.dashboard(a)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    private Order place(Actor customer, TenderType rest) {
        return f.checkout.checkout(customer, CheckoutRequest.of(List.of(new CartLine(rice, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), false, rest)));
    }
}
