package dev.zhanggui.order;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/**
 * The payment terms of seed 001: a customer with an unsettled cash-on-delivery order cannot order
 * again ({@code ORDER_UNSETTLED_COD}); a first order may be cash on delivery; a returning customer
 * pays before shipping (COD refused with {@code ORDER_PAYMENT_TERMS}); each rule as configured.
 */
public final class DefaultPaymentTermsPolicy implements PaymentTermsPolicy {
    @Override
    public void check(TenderType rest, CustomerHistory history, PaymentTerms terms) {
        if (terms.unsettledCodBlocksNext() && history.unsettledCashOnDelivery()) {
            throw new DomainException(ErrorCode.ORDER_UNSETTLED_COD,
                    "Settle the earlier cash-on-delivery order before placing another");
        }
        if (rest != TenderType.COD) {
            return;
        }
        boolean first = history.ordersPlaced() == 0;
        if (first ? !terms.firstOrderMayPayOnDelivery() : !terms.returningMayPayOnDelivery()) {
            throw DomainException.invalidField("tender", ErrorCode.ORDER_PAYMENT_TERMS, first
                    ? "Cash on delivery is not offered" : "Returning customers pay before shipping");
        }
    }
}
