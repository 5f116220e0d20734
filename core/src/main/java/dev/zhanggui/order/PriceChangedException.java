package dev.zhanggui.order;

import dev.zhanggui.pricing.Quote;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** Checkout re-quoted and the amount is not what the customer saw: it carries the new quote to show. */
public final class PriceChangedException extends DomainException {
    private final transient Quote quote;

    public PriceChangedException(Quote quote, String message) {
        super(ErrorCode.PRICE_CHANGED, message);
        this.quote = quote;
    }

    public Quote quote() {
        return quote;
    }
}
