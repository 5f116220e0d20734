package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A customer edits the cart (购物车): add, merge, change, remove; bad lines refused; only for oneself. */
class CartScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final Actor buyer = f.customer();
    private final SkuId tea = f.sku("茶", "20.00", 5);

    @Test
    void add_merge_change_and_remove_lines() {
        f.carts.add(buyer, tea, 2, Optional.empty());
        CartView merged = f.carts.add(buyer, tea, 1, Optional.empty());
        assertThat(merged.lines()).singleElement().satisfies(s -> assertThat(s.line().quantity()).isEqualTo(3));
        assertThat(merged.quote().orElseThrow().payable()).isEqualTo(Money.of("60.00"));

        CartView tooMany = f.carts.update(buyer, tea, Optional.empty(), 6);
        assertThat(tooMany.lines().getFirst().availability()).isEqualTo(CartLineState.Availability.OUT_OF_STOCK);
        assertThat(tooMany.quote()).isEmpty();

        SkuId gone = new SkuId(UUID.randomUUID());
        CartView withGone = f.carts.add(buyer, gone, 1, Optional.empty());
        assertThat(withGone.lines()).extracting(CartLineState::availability)
                .containsExactly(CartLineState.Availability.OUT_OF_STOCK, CartLineState.Availability.OFF_SHELF);

        assertThat(f.carts.update(buyer, tea, Optional.empty(), 0).lines()).hasSize(1);
        assertThat(f.carts.remove(buyer, gone, Optional.empty()).lines()).isEmpty();
    }

    @Test
    void bad_lines_and_other_actors_are_refused() {
        assertThatThrownBy(() -> f.carts.add(buyer, tea, 0, Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CART_LINE_INVALID);
        assertThatThrownBy(() -> f.carts.add(buyer, tea, 100_000, Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CART_LINE_INVALID);
        assertThatThrownBy(() -> f.carts.update(buyer, tea, Optional.empty(), 2))
                .extracting("code").isEqualTo(ErrorCode.CART_LINE_INVALID);
        assertThatThrownBy(() -> f.carts.view(f.admin)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        for (int i = 0; i < Cart.MAX_LINES; i++) {
            f.carts.add(buyer, new SkuId(UUID.randomUUID()), 1, Optional.empty());
        }
        assertThatThrownBy(() -> f.carts.add(buyer, tea, 1, Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CART_LIMIT);
        assertThatThrownBy(() -> f.checkout.checkout(buyer, CheckoutRequest.of(java.util.List.of(
                dev.zhanggui.pricing.CartLine.of(tea, 1)), new PaymentPlan(dev.zhanggui.shared.Points.of(-1), false,
                TenderType.ONLINE)))).extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        assertThatThrownBy(() -> f.checkout.checkout(f.customer(), CheckoutRequest.of(java.util.List.of(),
                new PaymentPlan(null, false, TenderType.ONLINE)))).extracting("code").isEqualTo(ErrorCode.CART_EMPTY);
    }
}
