package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Withdrawals (提现): a customer asks to withdraw principal, which is held at once; staff approve,
 * reject (the hold returns to principal, in the same unit of work) or mark it paid out.
 */
public final class WithdrawalService {
    private final WithdrawalRepository withdrawals;
    private final WalletLedger ledger;
    private final CustomerService customers;
    private final Function<MerchantId, WithdrawalSettings> settings;
    private final Transactions transactions;
    private final IdGenerator ids;

    public WithdrawalService(WithdrawalRepository withdrawals, WalletRepository wallets,
                             CustomerRepository customerRepository, CustomerService customers,
                             WithdrawalSettings settings, Transactions transactions, IdGenerator ids, Clock clock) {
        this(withdrawals, wallets, customerRepository, customers, merchant -> settings, transactions, ids, clock);
    }

    /** @param settings each merchant's withdrawal terms, e.g. from its stored wallet settings */
    public WithdrawalService(WithdrawalRepository withdrawals, WalletRepository wallets,
                             CustomerRepository customerRepository, CustomerService customers,
                             Function<MerchantId, WithdrawalSettings> settings, Transactions transactions,
                             IdGenerator ids, Clock clock) {
        this.withdrawals = withdrawals;
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.customers = customers;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
    }

    /** The calling customer asks to withdraw principal; the amount is held until it is paid or rejected. */
    public Withdrawal request(Actor actor, Money amount) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only a customer withdraws from their own wallet");
        }
        Money checked = WalletInputs.amount(amount, "amount");
        Money minimum = settings.apply(actor.merchant()).minimum();
        if (checked.isLessThan(minimum)) {
            throw DomainException.invalidField("amount", ErrorCode.WITHDRAWAL_BELOW_MINIMUM,
                    "The smallest withdrawal is " + minimum);
        }
        CustomerId customer = customers.myId(actor);
        WithdrawalId id = new WithdrawalId(ids.newId());
        Cause cause = new Cause(Cause.Kind.WITHDRAWAL, id.toString());
        WalletLedger.Operation hold = new WalletLedger.Operation("withdrawal:" + id, cause, LedgerReason.WITHDRAWAL,
                -checked.minorUnits(), Optional.empty(), Optional.empty());
        return transactions.inTransaction(() -> {
            java.util.UUID[] holdEntry = new java.util.UUID[1];
            WalletOperation done = ledger.apply(actor, customer, hold,
                    (wallet, movement) -> holdEntry[0] = wallet.holdForWithdrawal(checked, movement));
            Withdrawal withdrawal = Withdrawal.request(id, actor.merchant(), customer, checked, holdEntry[0],
                    done.entries().getFirst().at());
            withdrawals.add(withdrawal);
            return withdrawal;
        });
    }

    public Withdrawal approve(Actor actor, WithdrawalId id) {
        return change(actor, id, WithdrawalTransitions.Action.APPROVE, Optional.empty());
    }

    /** Rejects it with a reason; the held amount returns to the customer's principal. */
    public Withdrawal reject(Actor actor, WithdrawalId id, Optional<String> reason) {
        return change(actor, id, WithdrawalTransitions.Action.REJECT, reason);
    }

    /** Records that the money was transferred to the customer (the reference of that transfer). */
    public Withdrawal markPaid(Actor actor, WithdrawalId id, Optional<String> payoutReference) {
        return change(actor, id, WithdrawalTransitions.Action.PAY, payoutReference);
    }

    public Withdrawal withdrawal(Actor actor, WithdrawalId id) {
        Optional<CustomerId> me = actor.actsForMerchant() ? Optional.empty() : Optional.of(customers.myId(actor));
        return transactions.inTransaction(() -> withdrawals.find(actor.merchant(), id))
                .filter(w -> me.isEmpty() || me.get().equals(w.customer()))
                .orElseThrow(() -> notFound(id));
    }

    public Page<Withdrawal> myWithdrawals(Actor actor, PageRequest page) {
        CustomerId me = customers.myId(actor);
        return transactions.inTransaction(() -> withdrawals.list(actor.merchant(), Optional.of(me), Optional.empty(),
                page));
    }

    public Page<Withdrawal> withdrawals(Actor actor, Optional<CustomerId> customer, Optional<WithdrawalStatus> status,
                                        PageRequest page) {
        WalletInputs.requireStaff(actor);
        return transactions.inTransaction(() -> withdrawals.list(actor.merchant(), customer, status, page));
    }

    private Withdrawal change(Actor actor, WithdrawalId id, WithdrawalTransitions.Action action, Optional<String> text) {
        WalletInputs.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Withdrawal current = withdrawals.find(actor.merchant(), id).orElseThrow(() -> notFound(id));
            Withdrawal next = current.apply(action, text, ledger.now());
            if (next.status() == WithdrawalStatus.REJECTED) {
                WalletLedger.Operation release = new WalletLedger.Operation("withdrawal-release:" + id,
                        new Cause(Cause.Kind.WITHDRAWAL, id.toString()), LedgerReason.WITHDRAWAL_RELEASE,
                        current.amount().minorUnits(), Optional.empty(), Optional.of(current.holdEntry()));
                ledger.apply(actor, current.customer(), release,
                        (wallet, movement) -> wallet.releaseWithdrawal(current.amount(), current.holdEntry(), movement));
            }
            return withdrawals.update(next);
        });
    }

    private static DomainException notFound(WithdrawalId id) {
        return new DomainException(ErrorCode.WITHDRAWAL_NOT_FOUND, "No withdrawal " + id);
    }
}
