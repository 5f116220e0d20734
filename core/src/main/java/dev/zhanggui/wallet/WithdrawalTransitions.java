package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.List;
import java.util.Optional;

/**
 * The withdrawal lifecycle as a declarative table: for each action, the states it may start from,
 * the state it leads to, and the guard that may veto it with a typed reason.
 */
public final class WithdrawalTransitions {
    public enum Action { APPROVE, REJECT, PAY }

    /** Why a transition is vetoed. */
    public enum Veto {
        /** The action is not allowed from the current state. */
        NOT_FROM_THIS_STATE(ErrorCode.WITHDRAWAL_INVALID_TRANSITION),
        /** A rejection must say why (the customer sees it). */
        REASON_REQUIRED(ErrorCode.WITHDRAWAL_REASON_REQUIRED),
        /** A payout must name the transfer that paid it (bank reference, WeChat transfer number). */
        PAYOUT_REFERENCE_REQUIRED(ErrorCode.WITHDRAWAL_PAYOUT_REFERENCE_REQUIRED);

        private final ErrorCode code;

        Veto(ErrorCode code) {
            this.code = code;
        }

        public ErrorCode code() {
            return code;
        }
    }

    /** What the staff member gave with the action. */
    public record Request(Optional<String> text) {
    }

    @FunctionalInterface
    interface Guard {
        Optional<Veto> check(Withdrawal withdrawal, Request request);
    }

    record Transition(Action action, List<WithdrawalStatus> from, WithdrawalStatus to, Guard guard) {
    }

    static final int MAX_TEXT = 200;

    private static final Guard NONE = (w, r) -> Optional.empty();

    private static final List<Transition> TABLE = List.of(
            new Transition(Action.APPROVE, List.of(WithdrawalStatus.REQUESTED), WithdrawalStatus.APPROVED, NONE),
            // An approved withdrawal may still be rejected, e.g. when the transfer bounced.
            new Transition(Action.REJECT, List.of(WithdrawalStatus.REQUESTED, WithdrawalStatus.APPROVED),
                    WithdrawalStatus.REJECTED, requiredText(Veto.REASON_REQUIRED, MAX_TEXT)),
            new Transition(Action.PAY, List.of(WithdrawalStatus.APPROVED), WithdrawalStatus.PAID,
                    requiredText(Veto.PAYOUT_REFERENCE_REQUIRED, 100)));

    private WithdrawalTransitions() {
    }

    /** The state the action leads to, or the veto as a DomainException with its code. */
    static WithdrawalStatus next(Withdrawal withdrawal, Action action, Request request) {
        Transition transition = TABLE.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
        Optional<Veto> veto = transition.from().contains(withdrawal.status())
                ? transition.guard().check(withdrawal, request) : Optional.of(Veto.NOT_FROM_THIS_STATE);
        if (veto.isPresent()) {
            throw new DomainException(veto.get().code(), action + " is not possible for a withdrawal "
                    + withdrawal.status() + ": " + veto.get());
        }
        return transition.to();
    }

    /** The actions possible from a state, e.g. to show staff the buttons. */
    public static List<Action> actionsFrom(WithdrawalStatus status) {
        return TABLE.stream().filter(t -> t.from().contains(status)).map(Transition::action).toList();
    }

    private static Guard requiredText(Veto veto, int max) {
        return (w, r) -> r.text().map(String::strip).filter(t -> !t.isEmpty() && t.length() <= max).isPresent()
                ? Optional.empty() : Optional.of(veto);
    }
}
