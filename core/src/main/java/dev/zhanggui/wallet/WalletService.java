package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The wallet use cases of customers and staff: a customer reads their own wallet and history
 * (余额明细); staff read a member's wallet, top up face to face (面对面办理), credit a confirmed
 * deposit (预存款), debit for an in-store purchase (划卡), correct, freeze (封禁) and unfreeze, and
 * set a credit limit (授信额度). Every movement carries an operation key and is applied once;
 * freezes and credit-limit changes move nothing and are kept in an audit trail instead.
 */
public final class WalletService {
    static final Set<LedgerReason> CREDIT_REASONS = EnumSet.of(LedgerReason.TOPUP, LedgerReason.DEPOSIT_CONFIRMED,
            LedgerReason.STAFF_CREDIT, LedgerReason.ADJUSTMENT);
    static final Set<LedgerReason> DEBIT_REASONS = EnumSet.of(LedgerReason.STAFF_DEBIT, LedgerReason.ADJUSTMENT);

    private final WalletLedger ledger;
    private final CustomerService customers;
    private final SpendingOrderPolicy spendingOrder;
    private final Transactions transactions;
    private final WalletAuditLog auditLog;
    private final IdGenerator ids;

    public WalletService(WalletRepository wallets, CustomerRepository customerRepository, CustomerService customers,
                         SpendingOrderPolicy spendingOrder, WalletAuditLog auditLog, Transactions transactions,
                         IdGenerator ids, Clock clock) {
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.customers = customers;
        this.spendingOrder = spendingOrder;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.ids = ids;
    }

    // --- the customer's own wallet ---------------------------------------------------------

    public Wallet myWallet(Actor actor) {
        return ledger.walletOf(actor.merchant(), customers.myId(actor));
    }

    public Page<LedgerEntry> myEntries(Actor actor, LedgerFilter filter, PageRequest page) {
        return entriesOf(actor, customers.myId(actor), filter, page);
    }

    // --- staff -----------------------------------------------------------------------------

    public Wallet wallet(Actor actor, CustomerId customer) {
        WalletInputs.requireStaff(actor);
        return ledger.walletOf(actor.merchant(), customer);
    }

    public Page<LedgerEntry> entries(Actor actor, CustomerId customer, LedgerFilter filter, PageRequest page) {
        WalletInputs.requireStaff(actor);
        return entriesOf(actor, customer, filter, page);
    }

    /** Puts money on the balance: principal, and bonus (a top-up plan's 返现) if any. */
    public WalletOperation credit(Actor actor, CustomerId customer, WalletCredit credit, String operationKey) {
        WalletInputs.requireStaff(actor);
        WalletInputs.reason(credit.reason(), CREDIT_REASONS);
        Money principal = WalletInputs.amountOrZero(credit.principal(), "amount");
        Money bonus = WalletInputs.amountOrZero(credit.bonus(), "bonus");
        WalletInputs.amount(principal.plus(bonus), "amount");
        if (credit.reason() == LedgerReason.DEPOSIT_CONFIRMED && bonus.isPositive()) {
            throw DomainException.invalidField("bonus",
                    ErrorCode.WALLET_AMOUNT_INVALID, "A deposit carries no bonus");
        }
        LedgerReason bonusReason = credit.reason() == LedgerReason.TOPUP ? LedgerReason.TOPUP_BONUS : credit.reason();
        WalletLedger.Operation operation = new WalletLedger.Operation(WalletInputs.operationKey(operationKey),
                Cause.staff(actor.subject()), principal.isPositive() ? credit.reason() : bonusReason,
                principal.plus(bonus).minorUnits(), WalletInputs.note(credit.note()), credit.corrects());
        return ledger.apply(actor, customer, operation, (wallet, movement) -> {
            if (principal.isPositive()) {
                wallet.credit(SubBalance.PRINCIPAL, principal, credit.reason(), movement);
            }
            if (bonus.isPositive()) {
                wallet.credit(SubBalance.BONUS, bonus, bonusReason, movement);
            }
        });
    }

    /** Takes money from the balance (划卡), principal first by default; refused when frozen. */
    public WalletOperation debit(Actor actor, CustomerId customer, WalletDebit debit, String operationKey) {
        WalletInputs.requireStaff(actor);
        WalletInputs.reason(debit.reason(), DEBIT_REASONS);
        Money amount = WalletInputs.amount(debit.amount(), "amount");
        WalletLedger.Operation operation = new WalletLedger.Operation(WalletInputs.operationKey(operationKey),
                Cause.staff(actor.subject()), debit.reason(), -amount.minorUnits(), WalletInputs.note(debit.note()),
                debit.corrects());
        return ledger.apply(actor, customer, operation,
                (wallet, movement) -> wallet.debit(amount, debit.reason(), movement, spendingOrder));
    }

    public Wallet freeze(Actor actor, CustomerId customer) {
        return freeze(actor, customer, Optional.empty());
    }

    /** Freezes the wallet (封禁) with the reason staff give; the change is kept in the audit trail. */
    public Wallet freeze(Actor actor, CustomerId customer, Optional<String> note) {
        WalletInputs.requireStaff(actor);
        Optional<String> reason = WalletInputs.note(note);
        return ledger.change(actor.merchant(), customer, wallet -> {
            if (wallet.freeze()) {
                audit(actor, wallet, WalletChange.FROZEN, WalletAuditEntry.ACTIVE, WalletAuditEntry.FROZEN, reason);
            }
        });
    }

    public Wallet unfreeze(Actor actor, CustomerId customer) {
        return unfreeze(actor, customer, Optional.empty());
    }

    public Wallet unfreeze(Actor actor, CustomerId customer, Optional<String> note) {
        WalletInputs.requireStaff(actor);
        Optional<String> reason = WalletInputs.note(note);
        return ledger.change(actor.merchant(), customer, wallet -> {
            if (wallet.unfreeze()) {
                audit(actor, wallet, WalletChange.UNFROZEN, WalletAuditEntry.FROZEN, WalletAuditEntry.ACTIVE, reason);
            }
        });
    }

    public Wallet setCreditLimit(Actor actor, CustomerId customer, Money limit, Optional<Long> expectedVersion) {
        return setCreditLimit(actor, customer, limit, expectedVersion, Optional.empty());
    }

    /**
     * Sets the credit limit (授信额度); zero ends credit; it may not go below what is in use. A
     * change of the limit is kept in the audit trail with its before and after.
     */
    public Wallet setCreditLimit(Actor actor, CustomerId customer, Money limit, Optional<Long> expectedVersion,
                                 Optional<String> note) {
        WalletInputs.requireStaff(actor);
        Money checked = WalletInputs.amountOrZero(limit, "limit");
        Optional<String> reason = WalletInputs.note(note);
        return ledger.change(actor.merchant(), customer, wallet -> {
            VersionCheck.require(expectedVersion, wallet.version());
            Money before = wallet.creditLimit();
            wallet.changeCreditLimit(checked);
            if (!before.equals(checked)) {
                audit(actor, wallet, WalletChange.CREDIT_LIMIT_CHANGED, before.toString(), checked.toString(), reason);
            }
        });
    }

    /** A wallet's audit trail (freezes, unfreezes, credit-limit changes), newest first; staff only. */
    public Page<WalletAuditEntry> auditTrail(Actor actor, CustomerId customer, PageRequest page) {
        WalletInputs.requireStaff(actor);
        return transactions.inTransaction(() -> {
            ledger.walletOf(actor.merchant(), customer);
            return auditLog.entries(actor.merchant(), customer, page);
        });
    }

    private void audit(Actor actor, Wallet wallet, WalletChange change, String before, String after,
                       Optional<String> note) {
        auditLog.append(actor.merchant(), new WalletAuditEntry(ids.newId(), wallet.id(), wallet.customer(), change,
                before, after, note, actor.kind(), actor.subject(), ledger.now()));
    }

    private Page<LedgerEntry> entriesOf(Actor actor, CustomerId customer, LedgerFilter filter, PageRequest page) {
        return transactions.inTransaction(() -> {
            Wallet wallet = ledger.walletOf(actor.merchant(), customer);
            return ledger.wallets().entries(actor.merchant(), wallet.id(), filter, page);
        });
    }
}
