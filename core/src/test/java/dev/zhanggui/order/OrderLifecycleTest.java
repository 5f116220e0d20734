package dev.zhanggui.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.UnitPrice;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PointsRate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transition table, its guards, and the order-number, payment-terms and delivery-date policies on their own. */
class OrderLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-06-07T17:30:00Z");
    private static final MerchantId SHOP = MerchantId.of("shop");

    private static Order orderIn(OrderStatus status, List<Tender> tenders) {
        SkuDescription sku = new SkuDescription(new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()), "茶",
                "T1", List.of());
        OrderLine line = new OrderLine(0, sku, Optional.empty(), 1, Money.of("10.00"), UnitPrice.list(Money.of("10.00")),
                Money.of("10.00"), Money.zero(), Money.zero(), Money.of("10.00"), List.of());
        OrderContents contents = new OrderContents(List.of(line), Money.of("10.00"), Money.zero(), Money.zero(),
                Money.zero(), Optional.empty(), Delivery.express(Optional.empty(), OrderFixture.address("张三")),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Order(new OrderId(UUID.randomUUID()), SHOP, "1", new OrderOrigin(new CustomerId(UUID.randomUUID()),
                OrderSource.MOBILE_MALL, Optional.empty()), contents, new PaymentPlan(null, false, TenderType.ONLINE),
                OrderTimers.DEFAULT, NOW, status, contents.delivery(), tenders, List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), 3);
    }

    @Test
    void every_action_from_a_status_outside_the_table_is_an_invalid_transition_naming_the_status() {
        for (OrderAction action : OrderAction.values()) {
            EnumSet<OrderStatus> refused = EnumSet.allOf(OrderStatus.class);
            refused.removeAll(OrderLifecycle.allowedFrom(action));
            for (OrderStatus status : refused) {
                Order order = orderIn(status, List.of(Tender.unsettled(TenderType.ONLINE, Money.of("10.00"))));
                assertThatThrownBy(() -> OrderLifecycle.next(order, action, NOW))
                        .isInstanceOf(DomainException.class)
                        .hasMessageContaining(status.name())
                        .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
            }
        }
        assertThat(OrderLifecycle.allowedFrom(OrderAction.VOID)).containsExactlyInAnyOrder(OrderStatus.DRAFT,
                OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW, OrderStatus.TO_SHIP);
        assertThat(OrderLifecycle.allowedFrom(OrderAction.SAVE_DRAFT)).isEmpty();
    }

    @Test
    void guards_veto_with_typed_reasons() {
        Order unpaid = orderIn(OrderStatus.PENDING_PAYMENT,
                List.of(Tender.unsettled(TenderType.ONLINE, Money.of("10.00"))));
        assertThat(OrderLifecycle.vetoes(unpaid, OrderAction.PAY, NOW)).containsExactly(OrderVeto.UNPAID_AMOUNT_REMAINS);
        assertThat(OrderLifecycle.vetoes(unpaid, OrderAction.CLOSE, NOW)).containsExactly(OrderVeto.PAYMENT_PERIOD_RUNNING);
        assertThat(OrderLifecycle.vetoes(unpaid, OrderAction.SETTLE_COD, NOW)).containsExactly(OrderVeto.NO_UNSETTLED_COD);
        assertThat(OrderLifecycle.vetoes(unpaid, OrderAction.REPORT_TRANSFER, NOW))
                .containsExactly(OrderVeto.NOT_PAID_BY_TRANSFER);
        assertThat(OrderLifecycle.vetoes(unpaid, OrderAction.VERIFY, NOW))
                .containsExactly(OrderVeto.NO_VERIFICATION_CODE, OrderVeto.UNPAID_AMOUNT_REMAINS);
        Order shipped = orderIn(OrderStatus.SHIPPED, List.of());
        assertThat(OrderLifecycle.vetoes(shipped, OrderAction.AUTO_CONFIRM, NOW))
                .containsExactly(OrderVeto.RECEIPT_PERIOD_RUNNING);
        assertThatThrownBy(() -> OrderLifecycle.next(shipped, OrderAction.AUTO_CONFIRM, NOW))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOT_DUE);
        assertThat(OrderLifecycle.next(orderIn(OrderStatus.PENDING_REVIEW, List.of()), OrderAction.APPROVE, NOW))
                .isEqualTo(OrderStatus.TO_SHIP);
    }

    @Test
    void order_numbers_use_the_merchants_day_and_a_daily_sequence() {
        var settings = new dev.zhanggui.order.inmemory.InMemoryOrderSettings();
        settings.set(SHOP, new OrderSettings.MerchantOrderSettings(ZoneId.of("Asia/Shanghai"), "21065",
                OrderTimers.DEFAULT, PointsRate.perYuan(100), PaymentTerms.DEFAULT));
        var numbers = new DefaultOrderNumberPolicy(settings, new dev.zhanggui.order.inmemory.InMemoryOrderSequence());
        // 17:30 UTC on 7 June is 01:30 on 8 June in Shanghai
        assertThat(numbers.next(SHOP, NOW)).isEqualTo("210652026060800001");
        assertThat(numbers.next(SHOP, NOW)).isEqualTo("210652026060800002");
        assertThat(numbers.next(SHOP, NOW.plusSeconds(86_400))).isEqualTo("210652026060900001");
    }

    @Test
    void payment_terms_and_delivery_dates() {
        PaymentTermsPolicy terms = new DefaultPaymentTermsPolicy();
        terms.check(TenderType.COD, new CustomerHistory(0, false), PaymentTerms.DEFAULT);
        terms.check(TenderType.ONLINE, new CustomerHistory(3, false), PaymentTerms.DEFAULT);
        assertThatThrownBy(() -> terms.check(TenderType.COD, new CustomerHistory(1, false), PaymentTerms.DEFAULT))
                .extracting("code").isEqualTo(ErrorCode.ORDER_PAYMENT_TERMS);
        assertThatThrownBy(() -> terms.check(TenderType.ONLINE, new CustomerHistory(1, true), PaymentTerms.DEFAULT))
                .extracting("code").isEqualTo(ErrorCode.ORDER_UNSETTLED_COD);
        assertThatThrownBy(() -> terms.check(TenderType.COD, new CustomerHistory(0, false),
                new PaymentTerms(false, false, true))).extracting("code").isEqualTo(ErrorCode.ORDER_PAYMENT_TERMS);
        terms.check(TenderType.ONLINE, new CustomerHistory(1, true), new PaymentTerms(true, true, false));

        var holidays = new dev.zhanggui.order.inmemory.InMemoryHolidayCalendar();
        DeliveryDatePolicy dates = new DefaultDeliveryDatePolicy(holidays);
        // Friday 2026-06-05: Mon 8 .. Fri 12 are the five working days
        assertThat(dates.earliest(SHOP, LocalDate.of(2026, 6, 5))).isEqualTo(LocalDate.of(2026, 6, 12));
        // Saturday counts from Monday as well
        assertThat(dates.earliest(SHOP, LocalDate.of(2026, 6, 6))).isEqualTo(LocalDate.of(2026, 6, 12));
        holidays.add(SHOP, LocalDate.of(2026, 6, 10));
        assertThat(dates.earliest(SHOP, LocalDate.of(2026, 6, 5))).isEqualTo(LocalDate.of(2026, 6, 15));
    }
}
