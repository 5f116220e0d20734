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
 * set a credit limit (授信额度). Every mutation carries an operation key and is applied once.
 */
public final class WalletService {
    static final Set<LedgerReason> CREDIT_REASONS = EnumSet.of(LedgerReason.TOPUP, LedgerReason.DEPOSIT_CONFIRMED,
            LedgerReason.STAFF_CREDIT, LedgerReason.ADJUSTMENT);
    static final Set<LedgerReason> DEBIT_REASONS = EnumSet.of(LedgerReason.STAFF_DEBIT, LedgerReason.ADJUSTMENT);

    private final WalletLedger ledger;
    private final CustomerService customers;
    private final SpendingOrderPolicy spendingOrder;
    private final Transactions transactions;

    public WalletService(WalletRepository wallets, CustomerRepository customerRepository, CustomerService customers,
                         SpendingOrderPolicy spendingOrder, Transactions transactions, IdGenerator ids, Clock clock) {
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.customers = customers;
        this.spendingOrder = spendingOrder;
        this.transactions = transactions;
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
        WalletInputs.requireStaff(actor);
        return ledger.change(actor.merchant(), customer, Wallet::freeze);
    }

    public Wallet unfreeze(Actor actor, CustomerId customer) {
        WalletInputs.requireStaff(actor);
        return ledger.change(actor.merchant(), customer, Wallet::unfreeze);
    }

    /** Sets the credit limit (授信额度); zero ends credit; it may not go below what is in use. */
    public Wallet setCreditLimit(Actor actor, CustomerId customer, Money limit, Optional<Long> expectedVersion) {
        WalletInputs.requireStaff(actor);
        Money checked = WalletInputs.amountOrZero(limit, "limit");
        return ledger.change(actor.merchant(), customer, wallet -> {
            VersionCheck.require(expectedVersion, wallet.version());
            wallet.changeCreditLimit(checked);
        });
    }

    private Page<LedgerEntry> entriesOf(Actor actor, CustomerId customer, LedgerFilter filter, PageRequest page) {
        return transactions.inTransaction(() -> {
            Wallet wallet = ledger.walletOf(actor.merchant(), customer);
            return ledger.wallets().entries(actor.merchant(), wallet.id(), filter, page);
        });
    }
}
