package dev.zhanggui.order;

import dev.zhanggui.pricing.CartLine;

/** A cart line with whether it can be bought now and how many are available. */
public record CartLineState(CartLine line, Availability availability, int available) {
    public enum Availability {
        /** Can be bought in this quantity. */
        OK,
        /** The SKU is no longer on sale (下架) or gone. */
        OFF_SHELF,
        /** Less is in stock than the line asks for. */
        OUT_OF_STOCK
    }

    public boolean buyable() {
        return availability == Availability.OK;
    }
}
