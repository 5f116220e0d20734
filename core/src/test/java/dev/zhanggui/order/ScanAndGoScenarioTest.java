package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 002 (客来乐 scan-and-go): in a store, the shopper scans goods into the cart, pays online on
 * the phone, and shows the exit code (出店码) that staff verify once at the door.
 */
class ScanAndGoScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final StoreId downtown = new StoreId(UUID.randomUUID());
    private final Actor shopper = f.customer();

    @Test
    void scan_pay_online_and_verify_the_exit_code_once() {
        SkuId milk = f.sku("鲜牛奶 950ml", "12.50", 20, Optional.of(downtown));
        SkuId bag = f.sku("购物袋", "0.50", 100, Optional.of(downtown));
        f.carts.add(shopper, milk, 1, Optional.of(downtown));
        f.carts.add(shopper, milk, 1, Optional.of(downtown));
        CartView cart = f.carts.add(shopper, bag, 1, Optional.of(downtown));
        assertThat(cart.lines()).extracting(s -> s.line().quantity()).containsExactly(2, 1);
        assertThat(cart.quote().orElseThrow().goodsTotal()).isEqualTo(Money.of("25.50"));

        Order order = f.checkout.checkout(shopper, new CheckoutRequest(List.of(), Optional.empty(),
                OrderSource.SCAN_AND_GO, Optional.empty(), DeliveryMethod.PICKUP, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(downtown), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), CouponChoice.NONE, new PaymentPlan(Points.zero(), false, TenderType.ONLINE),
                Optional.of(Money.of("25.50")), false, false));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.delivery().pickupStore()).contains(downtown);
        assertThat(order.lines()).allSatisfy(l -> assertThat(l.store()).contains(downtown));
        assertThat(f.onHand(milk, Optional.of(downtown))).isEqualTo(18);
        String code = order.verification().orElseThrow().code();
        assertThat(code).matches("\\d{12}");

        // no exit before payment
        assertThatThrownBy(() -> f.fulfilment.verify(f.cashier, code))
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
        // the gateway's callback: wrong amount refused, right amount once, a replay changes nothing
        assertThatThrownBy(() -> f.payments.confirmOnlinePayment(f.gateway, order.id(), "wx-1", Money.of("25.00")))
                .extracting("code").isEqualTo(ErrorCode.ORDER_PAYMENT_AMOUNT_MISMATCH);
        PaymentConfirmation paid = f.payments.confirmOnlinePayment(f.gateway, order.id(), "wx-1", Money.of("25.50"));
        assertThat(paid.applied()).isTrue();
        assertThat(paid.order().status()).isEqualTo(OrderStatus.TO_SHIP);
        PaymentConfirmation replay = f.payments.confirmOnlinePaymentByNumber(f.gateway, order.number(), "wx-1",
                Money.of("25.50"));
        assertThat(replay.applied()).isFalse();
        assertThat(replay.order().version()).isEqualTo(paid.order().version());
        assertThatThrownBy(() -> f.payments.confirmOnlinePayment(f.gateway, order.id(), "wx-2", Money.of("25.50")))
                .extracting("code").isEqualTo(ErrorCode.ORDER_PAYMENT_CONFLICT);
        assertThatThrownBy(() -> f.payments.confirmOnlinePayment(shopper, order.id(), "wx-3", Money.of("25.50")))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        // a picked-up order is not shipped by a carrier
        assertThatThrownBy(() -> f.fulfilment.ship(f.admin, order.id(), new FulfilmentService.PackageRequest("顺丰",
                "SF1", List.of(new ShipmentLine(0, 2))), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOT_SHIPPABLE);

        // at the door: verified once, by whom and when
        Order verified = f.fulfilment.verify(f.cashier, " " + code + " ");
        assertThat(verified.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(verified.verification().orElseThrow().verifiedBy()).contains("cashier-li");
        assertThat(verified.verification().orElseThrow().verifiedAt()).contains(OrderFixture.NOW);
        assertThatThrownBy(() -> f.fulfilment.verify(f.admin, code))
                .extracting("code").isEqualTo(ErrorCode.VERIFICATION_ALREADY_USED);
        assertThatThrownBy(() -> f.fulfilment.verify(f.admin, "000000000000"))
                .extracting("code").isEqualTo(ErrorCode.VERIFICATION_CODE_UNKNOWN);
        assertThatThrownBy(() -> f.fulfilment.verify(shopper, code))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.carts.view(shopper).lines()).isEmpty();
        assertThat(f.orders.events(shopper, order.id())).extracting(OrderEvent::action)
                .containsExactly(OrderAction.PLACE, OrderAction.PAY, OrderAction.VERIFY);
    }

    @Test
    void each_staff_member_sees_their_own_verifications_and_the_admin_sees_all() {
        SkuId milk = f.sku("鲜牛奶 950ml", "12.50", 20, Optional.of(downtown));
        Actor otherCashier = Actor.staff(OrderFixture.SHOP, "cashier-zhao");
        verifiedBy(f.cashier, milk, 1);
        verifiedBy(f.cashier, milk, 2);
        verifiedBy(otherCashier, milk, 1);
        f.clock.advance(java.time.Duration.ofDays(1));
        verifiedBy(f.cashier, milk, 1);

        VerificationFilter all = new VerificationFilter(Optional.empty(), Optional.empty(), Optional.empty());
        VerificationReport mine = f.fulfilment.verifications(f.cashier, all, dev.zhanggui.shared.PageRequest.first(10));
        assertThat(mine.page().items()).hasSize(3)
                .allSatisfy(o -> assertThat(o.verification().orElseThrow().verifiedBy()).contains("cashier-li"));
        assertThat(mine.total()).isEqualTo(new VerificationTotals(3, Money.of("50.00")));
        assertThat(mine.today()).isEqualTo(new VerificationTotals(1, Money.of("12.50")));
        // a staff member cannot look at a colleague's by filter
        VerificationReport peek = f.fulfilment.verifications(f.cashier, new VerificationFilter(
                Optional.of("cashier-zhao"), Optional.empty(), Optional.empty()), dev.zhanggui.shared.PageRequest.first(10));
        assertThat(peek.total().count()).isEqualTo(3);
        VerificationReport everyone = f.fulfilment.verifications(f.admin, all, dev.zhanggui.shared.PageRequest.first(10));
        assertThat(everyone.total()).isEqualTo(new VerificationTotals(4, Money.of("62.50")));
        assertThat(f.fulfilment.verifications(f.admin, new VerificationFilter(Optional.of("cashier-zhao"),
                Optional.empty(), Optional.empty()), dev.zhanggui.shared.PageRequest.first(10)).total().count())
                .isEqualTo(1);
    }

    private void verifiedBy(Actor staff, SkuId sku, int quantity) {
        Order order = f.checkout.checkout(shopper, new CheckoutRequest(List.of(new CartLine(sku, quantity,
                Optional.of(downtown))), Optional.empty(), OrderSource.SCAN_AND_GO, Optional.empty(),
                DeliveryMethod.PICKUP, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CouponChoice.NONE,
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE), Optional.empty(), true, false));
        f.payments.confirmOnlinePayment(f.gateway, order.id(), "wx-" + order.number(), order.amountDue());
        f.fulfilment.verify(staff, order.verification().orElseThrow().code());
    }

    @Test
    void another_customer_cannot_see_or_touch_the_order() {
        SkuId milk = f.sku("鲜牛奶 950ml", "12.50", 20, Optional.of(downtown));
        Order order = f.checkout.checkout(shopper, new CheckoutRequest(List.of(new CartLine(milk, 1,
                Optional.of(downtown))), Optional.empty(), OrderSource.SCAN_AND_GO, Optional.empty(),
                DeliveryMethod.PICKUP, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CouponChoice.NONE,
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE), Optional.empty(), true, false));
        Actor stranger = f.customer();
        assertThatThrownBy(() -> f.orders.order(stranger, order.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOT_FOUND);
        assertThatThrownBy(() -> f.orders.cancel(stranger, order.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOT_FOUND);
        assertThat(f.orders.myOrders(stranger, dev.zhanggui.shared.PageRequest.first(10)).items()).isEmpty();
        assertThat(f.orders.myOrders(shopper, dev.zhanggui.shared.PageRequest.first(10)).items())
                .extracting(Order::id).containsExactly(order.id());
    }
}
