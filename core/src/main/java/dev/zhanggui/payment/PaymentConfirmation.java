package dev.zhanggui.payment;

import dev.zhanggui.shared.ErrorCode;

import java.util.Optional;

/**
 * What a verified notification did: confirmed the payment, found it confirmed already (a repeat:
 * nothing happened), or was refused (a wrong amount, a closed payment) and recorded.
 */
public record PaymentConfirmation(Payment payment, PaymentNotice.Outcome outcome, Optional<ErrorCode> refusal,
                                  String message) {

    public boolean refused() {
        return refusal.isPresent();
    }
}
