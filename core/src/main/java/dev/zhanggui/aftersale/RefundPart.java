package dev.zhanggui.aftersale;

import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.time.Instant;
import java.util.Optional;

/**
 * One destination of a refund and how far it got. {@code key} is what makes a repeat apply once:
 * the wallet operation key, or the gateway's refund number ({@code out_refund_no}) with which a
 * retry asks the gateway for the same refund again and never pays twice.
 *
 * @param attempts how often it was carried out (a gateway part pending after one attempt waits for the callback)
 * @param outcome  the gateway's refund number, the reason of a failure, or a note
 */
public record RefundPart(int index, TenderType tender, Optional<String> tenderReference, Money amount, Points points,
                         RefundDestination destination, RefundPartStatus status, String key, int attempts,
                         Optional<String> outcome, Optional<Instant> settledAt) {

    public static RefundPart pending(int index, RefundAllocation allocation, Money amount, Points points,
                                     RefundDestination destination, String key) {
        return new RefundPart(index, allocation.tender(), allocation.reference(), amount, points, destination,
                RefundPartStatus.PENDING, key, 0, Optional.empty(), Optional.empty());
    }

    /** Whether carrying the refund out should (re)try this part: never tried, or failed. */
    public boolean due() {
        return status == RefundPartStatus.FAILED || (status == RefundPartStatus.PENDING && attempts == 0);
    }

    RefundPart succeeded(Optional<String> note, Instant at) {
        return new RefundPart(index, tender, tenderReference, amount, points, destination, RefundPartStatus.SUCCEEDED,
                key, attempts, note.or(() -> outcome), Optional.of(at));
    }

    RefundPart awaitingConfirmation(Optional<String> note) {
        return new RefundPart(index, tender, tenderReference, amount, points, destination, RefundPartStatus.PENDING,
                key, attempts, note.or(() -> outcome), Optional.empty());
    }

    RefundPart failed(String reason) {
        return new RefundPart(index, tender, tenderReference, amount, points, destination, RefundPartStatus.FAILED,
                key, attempts, Optional.of(reason), Optional.empty());
    }

    RefundPart attempted() {
        return new RefundPart(index, tender, tenderReference, amount, points, destination, status, key, attempts + 1,
                outcome, settledAt);
    }
}
