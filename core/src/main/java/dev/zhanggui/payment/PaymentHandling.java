package dev.zhanggui.payment;

import java.util.Optional;

/**
 * What a purpose made of a confirmed payment: it took the money, or it could no longer take it (an
 * order closed or paid otherwise before the money arrived) and the money goes back to the payer,
 * with a stable reason code and a message for the record.
 */
public record PaymentHandling(Optional<String> declinedReason, String message) {

    public static PaymentHandling taken() {
        return new PaymentHandling(Optional.empty(), "Paid");
    }

    /** @param reason a stable code in upper snake case, e.g. {@code ORDER_CLOSED} */
    public static PaymentHandling declined(String reason, String message) {
        if (reason == null || !reason.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("a reason is a code of at most 40 upper-case letters, digits, _");
        }
        return new PaymentHandling(Optional.of(reason), message);
    }

    public boolean isTaken() {
        return declinedReason.isEmpty();
    }
}
