package dev.zhanggui.rest.order;

import dev.zhanggui.order.CartLineState;
import dev.zhanggui.order.CartView;
import dev.zhanggui.rest.pricing.QuoteView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The cart (购物车) as the customer reads it: every line flagged, and the live quote of the buyable ones. */
public final class CartViews {
    private CartViews() {
    }

    @Schema(name = "Cart", description = "The calling customer's cart; lines that cannot be bought now are kept "
            + "and flagged, and the quote prices only the buyable ones (with the best coupon, express delivery)")
    public record CartResponse(List<CartLineView> lines,
                               @Schema(nullable = true, description = "Absent when no line can be bought") QuoteView quote,
                               long version) {
        static CartResponse of(CartView cart) {
            return new CartResponse(cart.lines().stream().map(CartLineView::of).toList(),
                    cart.quote().map(QuoteView::of).orElse(null), cart.version());
        }
    }

    @Schema(name = "CartLine")
    public record CartLineView(String skuId, int quantity, @Schema(nullable = true) String storeId,
                               @Schema(description = "OK, OFF_SHELF (下架) or OUT_OF_STOCK") String availability,
                               @Schema(description = "Units available where the line is bought from") int available) {
        static CartLineView of(CartLineState s) {
            return new CartLineView(s.line().sku().value().toString(), s.line().quantity(),
                    s.line().store().map(st -> st.value().toString()).orElse(null), s.availability().name(),
                    s.available());
        }
    }
}
