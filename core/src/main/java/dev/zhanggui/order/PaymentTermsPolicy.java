package dev.zhanggui.order;

/** Decides whether a customer may pay the rest of an order with a tender; a refusal throws with its code. */
public interface PaymentTermsPolicy {
    void check(TenderType rest, CustomerHistory history, PaymentTerms terms);
}
