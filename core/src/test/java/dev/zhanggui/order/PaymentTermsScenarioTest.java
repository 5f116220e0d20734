package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 001 (旭月 lab-consumables mall): a first order may be paid on delivery; a returning customer
 * pays before shipping, here by balance first and an offline transfer for the rest, reviewed by the
 * merchant; a delivery date no earlier than the fifth working day; reorder from an old order.
 */
class PaymentTermsScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final Actor lab = f.customer();
    private final SkuId pipettes = f.sku("移液枪头 1000μL", "60.00", 50);
    private final SkuId gloves = f.sku("丁腈手套 M", "30.00", 50);

    private static CheckoutRequest order(List<CartLine> lines, PaymentPlan plan, Optional<LocalDate> deliveryDate,
                                         Optional<dev.zhanggui.shared.Money> expected, boolean accept,
                                         CouponChoice coupon) {
        return new CheckoutRequest(lines, Optional.empty(), OrderSource.MOBILE_MALL, Optional.empty(),
                DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(InvoiceRequest.Type.NORMAL),
                Optional.of(new dev.zhanggui.customer.InvoiceProfile("上海某某生物科技有限公司",
                        Optional.of("91310000MA1FL12345"), Optional.empty(), Optional.empty(), Optional.empty())),
                deliveryDate, Optional.of("请工作日送达"), coupon, plan, expected, accept, false);
    }

    private Order firstCodOrderSettled() {
        Order first = f.checkout.checkout(lab, CheckoutRequest.of(List.of(CartLine.of(pipettes, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.COD)));
        assertThat(first.status()).isEqualTo(OrderStatus.TO_SHIP);
        f.fulfilment.ship(f.admin, first.id(), new FulfilmentService.PackageRequest("顺丰", "SF1",
                List.of(new ShipmentLine(0, 1))), Optional.empty());
        f.fulfilment.confirmReceipt(lab, first.id());
        return f.payments.settleCashOnDelivery(f.admin, first.id(), "cash", Optional.empty());
    }

    @Test
    void first_order_cash_on_delivery_then_returning_customers_pay_before_shipping() {
        Order first = firstCodOrderSettled();
        assertThat(first.fullyPaid()).isTrue();

        assertThatThrownBy(() -> f.checkout.checkout(lab, CheckoutRequest.of(List.of(CartLine.of(gloves, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.COD))))
                .extracting("code").isEqualTo(ErrorCode.ORDER_PAYMENT_TERMS);

        // the merchant lets this one customer keep paying on delivery
        f.settings.setTerms(OrderFixture.SHOP, f.idOf(lab), new PaymentTerms(true, true, true));
        Order trusted = f.checkout.checkout(lab, CheckoutRequest.of(List.of(CartLine.of(gloves, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.COD)));
        assertThat(trusted.status()).isEqualTo(OrderStatus.TO_SHIP);
    }

    @Test
    void balance_first_and_an_offline_transfer_for_the_rest_reviewed_before_shipping() {
        firstCodOrderSettled();
        f.settings.set(OrderFixture.SHOP, new OrderSettings.MerchantOrderSettings(java.time.ZoneId.of("Asia/Shanghai"),
                "21065", new OrderTimers(java.time.Duration.ofDays(3), java.time.Duration.ofDays(10), true),
                dev.zhanggui.shared.PointsRate.perYuan(100), PaymentTerms.DEFAULT));
        f.topUp(lab, "50.00");

        Order order = f.checkout.checkout(lab, order(List.of(CartLine.of(pipettes, 1), CartLine.of(gloves, 2)),
                new PaymentPlan(Points.zero(), true, TenderType.OFFLINE_TRANSFER), Optional.empty(),
                Optional.of(Money.of("120.00")), false, CouponChoice.NONE));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.total()).isEqualTo(Money.of("120.00"));
        assertThat(order.tenders()).extracting(Tender::type, Tender::amount, Tender::isSettled).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, Money.of("50.00"), true),
                org.assertj.core.groups.Tuple.tuple(TenderType.OFFLINE_TRANSFER, Money.of("70.00"), false));
        assertThat(order.amountDue()).isEqualTo(Money.of("70.00"));
        assertThat(f.balance(lab)).isEqualTo(Money.zero());
        assertThat(order.contents().invoice().orElseThrow().details().invoiceTitle()).isEqualTo("上海某某生物科技有限公司");
        assertThat(order.contents().buyerNote()).contains("请工作日送达");

        Order reported = f.payments.reportTransfer(lab, order.id(), LocalDate.of(2026, 11, 23), "招商银行 6225 **** 1234");
        assertThat(reported.transferReport().orElseThrow().account()).contains("招商银行");
        assertThat(reported.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        Order confirmed = f.payments.recordPayment(f.admin, order.id(), "到账 70.00", Optional.empty());
        assertThat(confirmed.status()).isEqualTo(OrderStatus.PENDING_REVIEW);
        assertThat(confirmed.fullyPaid()).isTrue();
        assertThat(f.fulfilment.approve(f.admin, order.id(), Optional.empty()).status()).isEqualTo(OrderStatus.TO_SHIP);
    }

    @Test
    void when_the_balance_covers_everything_the_order_is_paid_at_once() {
        f.topUp(lab, "200.00");
        f.givePoints(lab, 1000);
        Order order = f.checkout.checkout(lab, CheckoutRequest.of(List.of(CartLine.of(pipettes, 2)),
                new PaymentPlan(Points.of(500), true, TenderType.ONLINE)));
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(order.amountDue()).isEqualTo(Money.zero());
        assertThat(order.tenders()).extracting(Tender::type, Tender::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TenderType.POINTS, Money.of("5.00")),
                org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, Money.of("115.00")));
        assertThat(order.tenders().getFirst().rate()).contains(dev.zhanggui.shared.PointsRate.perYuan(100));
        assertThat(f.balance(lab)).isEqualTo(Money.of("85.00"));
        assertThat(f.points(lab)).isEqualTo(Points.of(500));
    }

    @Test
    void a_delivery_date_no_earlier_than_the_fifth_working_day() {
        // Monday 23 November: Tue 24, Wed 25, Thu 26, Fri 27, Mon 30 is the fifth working day
        PaymentPlan online = new PaymentPlan(Points.zero(), false, TenderType.ONLINE);
        assertThatThrownBy(() -> f.checkout.checkout(lab, order(List.of(CartLine.of(gloves, 1)), online,
                Optional.of(LocalDate.of(2026, 11, 28)), Optional.empty(), true, CouponChoice.NONE)))
                .extracting("code").isEqualTo(ErrorCode.ORDER_DELIVERY_DATE_TOO_EARLY);
        assertThat(f.checkout.checkout(lab, order(List.of(CartLine.of(gloves, 1)), online,
                Optional.of(LocalDate.of(2026, 11, 30)), Optional.empty(), true, CouponChoice.NONE))
                .contents().deliveryDate()).contains(LocalDate.of(2026, 11, 30));
        // a holiday on Wednesday pushes it to Tuesday 1 December
        f.holidays.add(OrderFixture.SHOP, LocalDate.of(2026, 11, 25));
        assertThatThrownBy(() -> f.checkout.checkout(lab, order(List.of(CartLine.of(gloves, 1)), online,
                Optional.of(LocalDate.of(2026, 11, 30)), Optional.empty(), true, CouponChoice.NONE)))
                .isInstanceOf(DomainException.class).hasMessageContaining("2026-12-01");
    }

    @Test
    void reorder_fills_the_cart_and_flags_what_cannot_be_bought_instead_of_dropping_it() {
        Order old = f.checkout.checkout(lab, CheckoutRequest.of(List.of(CartLine.of(pipettes, 2),
                CartLine.of(gloves, 3)), new PaymentPlan(Points.zero(), false, TenderType.COD)));
        f.stockRepository.adjust(OrderFixture.SHOP, gloves, dev.zhanggui.catalog.StockLocation.WAREHOUSE,
                -46, 1_000_000_000, OrderFixture.NOW);

        CartView cart = f.carts.reorder(lab, old.id());
        assertThat(cart.lines()).extracting(s -> s.line().sku(), CartLineState::availability).containsExactly(
                org.assertj.core.groups.Tuple.tuple(pipettes, CartLineState.Availability.OK),
                org.assertj.core.groups.Tuple.tuple(gloves, CartLineState.Availability.OUT_OF_STOCK));
        assertThat(cart.lines().get(1).available()).isEqualTo(1);
        assertThat(cart.quote().orElseThrow().payable()).isEqualTo(Money.of("120.00"));

        // checking out the whole cart fails on the gloves and leaves nothing behind
        int pipettesBefore = f.onHand(pipettes);
        assertThatThrownBy(() -> f.checkout.checkout(lab, CheckoutRequest.of(List.of(),
                new PaymentPlan(Points.zero(), false, TenderType.COD))))
                .isInstanceOf(DomainException.class);
        assertThat(f.onHand(pipettes)).isEqualTo(pipettesBefore);
        assertThat(f.carts.view(lab).lines()).hasSize(2);

        f.carts.update(lab, gloves, Optional.empty(), 1);
        f.settings.setTerms(OrderFixture.SHOP, f.idOf(lab), new PaymentTerms(true, true, false));
        Order again = f.checkout.checkout(lab, CheckoutRequest.of(List.of(),
                new PaymentPlan(Points.zero(), false, TenderType.COD)));
        assertThat(again.lines()).extracting(OrderLine::quantity).containsExactly(2, 1);
        assertThat(f.carts.view(lab).lines()).isEmpty();
    }

    @Test
    void a_failed_checkout_leaves_nothing_behind_and_a_changed_price_needs_consent() {
        Coupon coupon = f.coupon(lab, "10.00");
        f.topUp(lab, "30.00");
        f.givePoints(lab, 100);
        CouponChoice useIt = new CouponChoice.Specific(coupon.id());

        // 2000 points asked, 100 held: refused after stock and coupon were taken, and both are back
        assertThatThrownBy(() -> f.checkout.checkout(lab, order(List.of(CartLine.of(pipettes, 1)),
                new PaymentPlan(Points.of(2000), true, TenderType.ONLINE), Optional.empty(), Optional.empty(), true,
                useIt))).extracting("code").isEqualTo(ErrorCode.WALLET_INSUFFICIENT_POINTS);
        assertThat(f.onHand(pipettes)).isEqualTo(50);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.balance(lab)).isEqualTo(Money.of("30.00"));
        assertThat(f.orderRepository.all(OrderFixture.SHOP)).isEmpty();

        // the customer saw 60.00 but the coupon makes it 50.00: refused with the new quote
        assertThatThrownBy(() -> f.checkout.checkout(lab, order(List.of(CartLine.of(pipettes, 1)),
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                Optional.of(Money.of("60.00")), false, useIt)))
                .isInstanceOfSatisfying(PriceChangedException.class,
                        e -> assertThat(e.quote().payable()).isEqualTo(Money.of("50.00")));
        assertThat(f.onHand(pipettes)).isEqualTo(50);

        Order accepted = f.checkout.checkout(lab, order(List.of(CartLine.of(pipettes, 1)),
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                Optional.of(Money.of("60.00")), true, useIt));
        assertThat(accepted.total()).isEqualTo(Money.of("50.00"));
        assertThat(accepted.amountDue()).isEqualTo(Money.of("20.00"));
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.RESERVED);
    }
}
