package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merchant sets its order settings and a customer's own payment terms (付款规则); checkout follows them. */
class OrderSettingsScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final OrderSettingsService service = new OrderSettingsService(f.settings, f.holidays, f.customers,
            f.transactions);

    @Test
    void admins_change_the_settings_and_new_orders_take_the_new_timers() {
        var changed = service.update(f.admin, "8866", new OrderTimers(Duration.ofMinutes(15), Duration.ofDays(7),
                true), PointsRate.perYuan(50), new PaymentTerms(false, false, true));
        assertThat(changed.zone()).isEqualTo(OrderSettings.MerchantOrderSettings.DEFAULT.zone());
        assertThat(service.settings(f.cashier)).isEqualTo(changed);

        Actor buyer = f.customer();
        SkuId pen = f.sku("钢笔", "20.00", 5);
        Order order = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(pen, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        assertThat(order.number()).startsWith("886620261123");
        assertThat(order.paymentDeadline()).contains(OrderFixture.NOW.plus(Duration.ofMinutes(15)));
        assertThat(order.reviewRequired()).isTrue();
        // COD is refused to everyone now, unless the customer's own terms allow it
        assertThatThrownBy(() -> f.checkout.checkout(buyer, CheckoutRequest.of(
                List.of(new CartLine(pen, 1, Optional.empty())), new PaymentPlan(Points.zero(), false, TenderType.COD))))
                .extracting("code").isEqualTo(ErrorCode.ORDER_PAYMENT_TERMS);
        var own = service.setCustomerTerms(f.admin, f.idOf(buyer), Optional.of(new PaymentTerms(true, true, true)));
        assertThat(own.own()).isTrue();
        assertThat(f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(pen, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), false, TenderType.COD))).status()).isEqualTo(OrderStatus.PENDING_REVIEW);
        assertThat(service.setCustomerTerms(f.admin, f.idOf(buyer), Optional.empty()).own()).isFalse();
    }

    @Test
    void a_partial_change_keeps_what_it_does_not_name() {
        var changed = service.change(f.admin, new OrderSettingsChange(Optional.empty(), Optional.of(45L),
                Optional.empty(), Optional.empty(), Optional.of(200L), Optional.empty(), Optional.empty(),
                Optional.of(true), Optional.empty()));
        assertThat(changed.numberPrefix()).isEqualTo("21065");
        assertThat(changed.timers().paymentTimeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(changed.timers().receiptPeriod()).isEqualTo(Duration.ofDays(10));
        assertThat(changed.pointsRate()).isEqualTo(PointsRate.perYuan(200));
        assertThat(changed.terms()).isEqualTo(new PaymentTerms(true, true, true));
        assertThatThrownBy(() -> service.change(f.admin, new OrderSettingsChange(Optional.empty(),
                Optional.of(Long.MAX_VALUE), Optional.empty(), Optional.empty(), Optional.of(0L), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())))
                .extracting("code").isEqualTo(ErrorCode.ORDER_SETTINGS_INVALID);
    }

    @Test
    void anyone_shopping_reads_the_checkout_terms_and_a_customer_gets_their_own_payment_terms() {
        service.change(f.admin, new OrderSettingsChange(Optional.empty(), Optional.of(20L), Optional.empty(),
                Optional.empty(), Optional.of(200L), Optional.empty(), Optional.of(false), Optional.of(false),
                Optional.of(true), Optional.of(50)));
        Actor visitor = new Actor(OrderFixture.SHOP, "anonymous", Actor.Kind.ANONYMOUS, Optional.empty());

        CheckoutTerms anonymous = service.checkoutTerms(visitor);
        assertThat(anonymous.pointsRate()).isEqualTo(PointsRate.perYuan(200));
        assertThat(anonymous.pointsMaxSharePercent()).isEqualTo(50);
        assertThat(anonymous.paymentTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(anonymous.paymentTerms()).isEqualTo(new PaymentTerms(false, false, true));

        Actor buyer = f.customer();
        assertThat(service.checkoutTerms(buyer)).isEqualTo(anonymous);
        service.setCustomerTerms(f.admin, f.idOf(buyer), Optional.of(new PaymentTerms(true, true, false)));
        assertThat(service.checkoutTerms(buyer).paymentTerms()).isEqualTo(new PaymentTerms(true, true, false));
        assertThat(service.checkoutTerms(visitor).paymentTerms()).isEqualTo(new PaymentTerms(false, false, true));
        assertThat(service.checkoutTerms(f.cashier)).isEqualTo(anonymous);
    }

    @Test
    void a_change_at_a_stale_version_is_refused_and_changes_nothing() {
        long version = service.stored(f.cashier).version();
        var first = service.change(f.admin, prefix("31"), Optional.of(version));
        assertThat(first.version()).isEqualTo(version + 1);
        assertThatThrownBy(() -> service.change(f.admin, prefix("32"), Optional.of(version)))
                .extracting("code").isEqualTo(ErrorCode.VERSION_MISMATCH);
        assertThat(service.stored(f.cashier)).isEqualTo(first);
        assertThat(service.stored(f.cashier).settings().numberPrefix()).isEqualTo("31");
        assertThat(service.change(f.admin, prefix("33"), Optional.empty()).version()).isEqualTo(version + 2);
        assertThatThrownBy(() -> service.stored(f.customer())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    private static OrderSettingsChange prefix(String prefix) {
        return new OrderSettingsChange(Optional.of(prefix), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void refusals() {
        PaymentTerms terms = PaymentTerms.DEFAULT;
        assertThatThrownBy(() -> service.update(f.cashier, "1", OrderTimers.DEFAULT, PointsRate.perYuan(100), terms))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> service.update(f.admin, "12a", OrderTimers.DEFAULT, PointsRate.perYuan(100), terms))
                .extracting("code").isEqualTo(ErrorCode.ORDER_SETTINGS_INVALID);
        assertThatThrownBy(() -> service.update(f.admin, "1", new OrderTimers(Duration.ofSeconds(5),
                Duration.ofDays(10), false), PointsRate.perYuan(100), terms))
                .satisfies(e -> assertThat(((dev.zhanggui.shared.DomainException) e).fieldErrors().getFirst().field()).isEqualTo("paymentTimeoutMinutes"));
        assertThatThrownBy(() -> service.update(f.admin, "1", new OrderTimers(Duration.ofMinutes(30),
                Duration.ofDays(91), false), PointsRate.perYuan(100), terms))
                .satisfies(e -> assertThat(((dev.zhanggui.shared.DomainException) e).fieldErrors().getFirst().field()).isEqualTo("receiptPeriodDays"));
        assertThatThrownBy(() -> service.settings(f.customer())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void holidays_push_the_earliest_delivery_date() {
        service.addHoliday(f.admin, LocalDate.of(2026, 11, 27));
        service.addHoliday(f.admin, LocalDate.of(2026, 12, 1));
        service.removeHoliday(f.admin, LocalDate.of(2026, 12, 1));
        assertThat(service.holidays(f.cashier, 2026)).containsExactly(LocalDate.of(2026, 11, 27));
        // Monday 2026-11-23: with Friday 11-27 off, the 5th working day is Tuesday 12-01
        assertThat(new DefaultDeliveryDatePolicy(f.holidays).earliest(OrderFixture.SHOP, LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void points_pay_at_most_the_merchants_share_of_an_order() {
        var terms = PaymentTerms.DEFAULT;
        assertThatThrownBy(() -> service.update(f.admin, "1", OrderTimers.DEFAULT, PointsRate.perYuan(100), terms, 101))
                .extracting("code").isEqualTo(ErrorCode.ORDER_SETTINGS_INVALID);
        assertThatThrownBy(() -> service.update(f.admin, "1", OrderTimers.DEFAULT, PointsRate.perYuan(100), terms, -1))
                .extracting("code").isEqualTo(ErrorCode.ORDER_SETTINGS_INVALID);
        assertThat(service.settings(f.admin).pointsMaxSharePercent()).isEqualTo(100);
        var half = service.change(f.admin, new OrderSettingsChange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(50)));
        assertThat(half.pointsMaxSharePercent()).isEqualTo(50);
        assertThat(half.pointsRate()).isEqualTo(PointsRate.perYuan(100));
        // a later change that leaves the share out keeps it
        assertThat(service.update(f.admin, "1", OrderTimers.DEFAULT, PointsRate.perYuan(100), terms)
                .pointsMaxSharePercent()).isEqualTo(50);

        Actor buyer = f.customer();
        f.givePoints(buyer, 10_000);
        SkuId ink = f.sku("墨水", "33.33", 5);
        // 33.33 at 50%: points may pay 16.66 (rounded down), 1667 points (16.67) are refused, nothing is taken
        assertThatThrownBy(() -> f.checkout.checkout(buyer, CheckoutRequest.of(List.of(CartLine.of(ink, 1)),
                new PaymentPlan(Points.of(1667), false, TenderType.ONLINE))))
                .hasMessageContaining("16.66").hasMessageContaining("50%")
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        assertThat(f.points(buyer)).isEqualTo(Points.of(10_000));
        Order order = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(CartLine.of(ink, 1)),
                new PaymentPlan(Points.of(1666), false, TenderType.ONLINE)));
        assertThat(order.amountDue()).isEqualTo(dev.zhanggui.shared.Money.of("16.67"));
        assertThat(f.points(buyer)).isEqualTo(Points.of(10_000 - 1666));

        // 0%: points are no tender at all
        service.update(f.admin, "1", OrderTimers.DEFAULT, PointsRate.perYuan(100), terms, 0);
        assertThatThrownBy(() -> f.checkout.checkout(buyer, CheckoutRequest.of(List.of(CartLine.of(ink, 1)),
                new PaymentPlan(Points.of(1), false, TenderType.ONLINE))))
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
    }
}
