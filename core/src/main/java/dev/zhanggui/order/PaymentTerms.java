package dev.zhanggui.order;

/**
 * Payment terms (付款规则, 001): whether a first order may be paid on delivery, whether returning
 * customers may, and whether an unsettled cash-on-delivery order blocks the next order. Set per
 * merchant and, to differ, per customer.
 */
public record PaymentTerms(boolean firstOrderMayPayOnDelivery, boolean returningMayPayOnDelivery,
                           boolean unsettledCodBlocksNext) {
    /** The default of seed 001: first order COD, returning customers pay before shipping, an open COD blocks. */
    public static final PaymentTerms DEFAULT = new PaymentTerms(true, false, true);
}
