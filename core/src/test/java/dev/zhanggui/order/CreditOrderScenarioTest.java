package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 000's wholesale credit (授信支付): the rest of an order is charged to the customer's credit
 * line, the order ships at once, credit in use goes up; beyond the limit checkout is refused before
 * anything is taken; voiding gives the credit back.
 */
class CreditOrderScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final Actor shop = f.customer();
    private final SkuId rice = f.sku("大米 25kg", "150.00", 20);

    @Test
    void credit_pays_the_rest_and_voiding_gives_it_back() {
        f.wallets.setCreditLimit(f.admin, f.idOf(shop), Money.of("500.00"), Optional.empty());
        f.topUp(shop, "100.00");
        Order order = f.checkout.checkout(shop, CheckoutRequest.of(List.of(CartLine.of(rice, 2)),
                new PaymentPlan(Points.zero(), true, TenderType.CREDIT)));
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(order.tenders()).extracting(Tender::type, Tender::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, Money.of("100.00")),
                org.assertj.core.groups.Tuple.tuple(TenderType.CREDIT, Money.of("200.00")));
        assertThat(f.wallets.wallet(f.admin, f.idOf(shop)).creditInUse()).isEqualTo(Money.of("200.00"));

        // 3 × 150.00 = 450.00 more than the 300.00 of credit left: refused, nothing taken
        assertThatThrownBy(() -> f.checkout.checkout(shop, CheckoutRequest.of(List.of(CartLine.of(rice, 3)),
                new PaymentPlan(Points.zero(), false, TenderType.CREDIT))))
                .extracting("code").isEqualTo(ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED);
        assertThat(f.onHand(rice)).isEqualTo(18);

        f.orders.voidOrder(f.admin, order.id(), "重复下单", Optional.empty());
        assertThat(f.wallets.wallet(f.admin, f.idOf(shop)).creditInUse()).isEqualTo(Money.zero());
        assertThat(f.balance(shop)).isEqualTo(Money.of("100.00"));
        assertThat(f.onHand(rice)).isEqualTo(20);
        // voiding again is not in the table
        assertThatThrownBy(() -> f.orders.voidOrder(f.admin, order.id(), "again", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
    }
}
