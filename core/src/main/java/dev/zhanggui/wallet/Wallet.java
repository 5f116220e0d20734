package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's wallet (钱包): the stored-value balance in two sub-balances (principal 本金 and
 * bonus 赠送金), points (积分), and B2B credit (授信: a limit and the amount in use), plus a frozen
 * flag (封禁). Every change of an asset appends a {@link LedgerEntry}; the values held here are a
 * cache of the sum of those entries. Balance and points never go below zero, credit in use never
 * above the limit. A frozen wallet refuses payments and debits but still receives refunds and
 * credits. Amounts are held in fen and whole points.
 */
public final class Wallet {
    private final WalletId id;
    private final MerchantId merchant;
    private final CustomerId customer;
    private final Instant createdAt;
    private long principal;
    private long bonus;
    private long points;
    private long creditLimit;
    private long creditInUse;
    private boolean frozen;
    private long version;
    private final List<LedgerEntry> appended = new ArrayList<>();

    private Wallet(WalletId id, MerchantId merchant, CustomerId customer, Instant createdAt, long principal,
                   long bonus, long points, long creditLimit, long creditInUse, boolean frozen, long version) {
        this.id = id;
        this.merchant = merchant;
        this.customer = customer;
        this.createdAt = createdAt;
        this.principal = principal;
        this.bonus = bonus;
        this.points = points;
        this.creditLimit = creditLimit;
        this.creditInUse = creditInUse;
        this.frozen = frozen;
        this.version = version;
    }

    /** A new, empty wallet of a customer. */
    public static Wallet open(WalletId id, MerchantId merchant, CustomerId customer, Instant at) {
        return new Wallet(id, merchant, customer, at, 0, 0, 0, 0, 0, false, 0);
    }

    /** A wallet as stored (fen and points). */
    public static Wallet restore(WalletId id, MerchantId merchant, CustomerId customer, Instant createdAt,
                                 long principal, long bonus, long points, long creditLimit, long creditInUse,
                                 boolean frozen, long version) {
        return new Wallet(id, merchant, customer, createdAt, principal, bonus, points, creditLimit, creditInUse,
                frozen, version);
    }

    // --- balance ---------------------------------------------------------------------------

    /** Adds money to a sub-balance (top-up, deposit, staff credit, correction). Allowed when frozen. */
    public void credit(SubBalance to, Money amount, LedgerReason reason, Movement movement) {
        long fen = amount.minorUnits();
        long after = Math.addExact(held(to), fen);
        set(to, after);
        append(Asset.BALANCE, Optional.of(to), fen, after, reason, movement, movement.corrects());
    }

    /**
     * Takes money from the balance for a payment or a staff debit, drawing on principal and bonus
     * as the policy says; refused when frozen or when the balance is not enough.
     *
     * @return what was drawn from each sub-balance, so a refund can return it there
     */
    public BalanceDraw debit(Money amount, LedgerReason reason, Movement movement, SpendingOrderPolicy policy) {
        requireNotFrozen();
        if (amount.isGreaterThan(balance())) {
            throw new DomainException(ErrorCode.WALLET_INSUFFICIENT_BALANCE,
                    "The balance is " + balance() + ", " + amount + " is needed");
        }
        BalanceDraw draw = policy.draw(amount, principal(), bonus());
        if (!draw.total().equals(amount) || draw.principal().isGreaterThan(principal())
                || draw.bonus().isGreaterThan(bonus())) {
            throw new IllegalStateException("the spending order policy drew " + draw + " for " + amount);
        }
        for (SubBalance from : SubBalance.values()) {
            long fen = draw.part(from).minorUnits();
            if (fen > 0) {
                long after = held(from) - fen;
                set(from, after);
                append(Asset.BALANCE, Optional.of(from), -fen, after, reason, movement, movement.corrects());
            }
        }
        return draw;
    }

    /** Returns part of a payment to the sub-balance it came from; arrives even when frozen. */
    public void refund(SubBalance to, Money amount, UUID paymentEntry, Movement movement) {
        long fen = amount.minorUnits();
        long after = Math.addExact(held(to), fen);
        set(to, after);
        append(Asset.BALANCE, Optional.of(to), fen, after, LedgerReason.ORDER_REFUND, movement,
                Optional.of(paymentEntry));
    }

    /**
     * Holds principal for a withdrawal (提现): only principal can be withdrawn, never bonus; refused
     * when frozen or when the principal is not enough.
     */
    public UUID holdForWithdrawal(Money amount, Movement movement) {
        return takePrincipal(amount, LedgerReason.WITHDRAWAL, movement);
    }

    /** Takes principal to transfer to another customer (余额转让); bonus is not transferable. */
    public UUID transferOut(Money amount, Movement movement) {
        return takePrincipal(amount, LedgerReason.TRANSFER_OUT, movement);
    }

    private UUID takePrincipal(Money amount, LedgerReason reason, Movement movement) {
        requireNotFrozen();
        if (amount.minorUnits() > principal) {
            throw DomainException.invalidField("amount", ErrorCode.WALLET_INSUFFICIENT_BALANCE,
                    "Only the principal (" + principal() + ") can be withdrawn or transferred");
        }
        principal -= amount.minorUnits();
        append(Asset.BALANCE, Optional.of(SubBalance.PRINCIPAL), -amount.minorUnits(), principal, reason, movement,
                Optional.empty());
        return appended.getLast().id();
    }

    /** Returns a rejected withdrawal's hold to principal; arrives even when frozen. */
    public void releaseWithdrawal(Money amount, UUID holdEntry, Movement movement) {
        principal = Math.addExact(principal, amount.minorUnits());
        append(Asset.BALANCE, Optional.of(SubBalance.PRINCIPAL), amount.minorUnits(), principal,
                LedgerReason.WITHDRAWAL_RELEASE, movement, Optional.of(holdEntry));
    }

    // --- points ----------------------------------------------------------------------------

    public void earnPoints(Points earned, LedgerReason reason, Movement movement) {
        points = Math.addExact(points, earned.value());
        append(Asset.POINTS, Optional.empty(), earned.value(), points, reason, movement, movement.corrects());
    }

    /** Spends points (as a tender, or taken back by staff); a frozen wallet cannot pay with points. */
    public void spendPoints(Points spent, LedgerReason reason, Movement movement) {
        if (reason == LedgerReason.POINTS_REDEMPTION) {
            requireNotFrozen();
        }
        if (spent.value() > points) {
            throw new DomainException(ErrorCode.WALLET_INSUFFICIENT_POINTS,
                    "There are " + points + " points, " + spent + " are needed");
        }
        points -= spent.value();
        append(Asset.POINTS, Optional.empty(), -spent.value(), points, reason, movement, movement.corrects());
    }

    // --- credit ----------------------------------------------------------------------------

    /** Sets the credit limit; it may not go below what is in use. */
    public void changeCreditLimit(Money limit) {
        if (limit.minorUnits() < creditInUse) {
            throw DomainException.invalidField("limit", ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED,
                    "The credit in use (" + creditInUse() + ") is more than the new limit " + limit);
        }
        creditLimit = limit.minorUnits();
    }

    /** Charges an order to credit, up to what is available; refused when frozen. */
    public void chargeCredit(Money amount, Movement movement) {
        requireNotFrozen();
        if (amount.isGreaterThan(creditAvailable())) {
            throw new DomainException(ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED,
                    "Credit available is " + creditAvailable() + ", " + amount + " is needed");
        }
        creditInUse += amount.minorUnits();
        append(Asset.CREDIT, Optional.empty(), amount.minorUnits(), creditInUse, LedgerReason.CREDIT_CHARGE,
                movement, movement.corrects());
    }

    /**
     * Lowers the credit in use: a repayment (CREDIT_REPAYMENT) or credit given back for a refunded or
     * released order (CREDIT_REFUND); more than is owed is refused. Allowed when frozen.
     */
    public void repayCredit(Money amount, LedgerReason reason, Movement movement) {
        if (reason != LedgerReason.CREDIT_REPAYMENT && reason != LedgerReason.CREDIT_REFUND) {
            throw new IllegalArgumentException("credit in use goes down by a repayment or a refund, not " + reason);
        }
        if (amount.minorUnits() > creditInUse) {
            throw DomainException.invalidField("amount", ErrorCode.WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE,
                    "Only " + creditInUse() + " is owed");
        }
        creditInUse -= amount.minorUnits();
        append(Asset.CREDIT, Optional.empty(), -amount.minorUnits(), creditInUse, reason, movement,
                movement.corrects());
    }

    // --- freezing --------------------------------------------------------------------------

    /** Freezes the wallet (封禁); freezing a frozen wallet changes nothing. */
    public boolean freeze() {
        boolean changed = !frozen;
        frozen = true;
        return changed;
    }

    public boolean unfreeze() {
        boolean changed = frozen;
        frozen = false;
        return changed;
    }

    // --- reading ---------------------------------------------------------------------------

    public WalletId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public CustomerId customer() {
        return customer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Money balance() {
        return Money.ofMinor(principal + bonus);
    }

    public Money principal() {
        return Money.ofMinor(principal);
    }

    public Money bonus() {
        return Money.ofMinor(bonus);
    }

    public Points points() {
        return Points.of(points);
    }

    public Money creditLimit() {
        return Money.ofMinor(creditLimit);
    }

    public Money creditInUse() {
        return Money.ofMinor(creditInUse);
    }

    public Money creditAvailable() {
        return Money.ofMinor(creditLimit - creditInUse);
    }

    public boolean frozen() {
        return frozen;
    }

    public long version() {
        return version;
    }

    /** The value of one ledger account in its unit: PRINCIPAL, BONUS, POINTS or CREDIT (fen or points). */
    public long held(String account) {
        return switch (account) {
            case "PRINCIPAL" -> principal;
            case "BONUS" -> bonus;
            case "POINTS" -> points;
            case "CREDIT" -> creditInUse;
            default -> throw new IllegalArgumentException("no account " + account);
        };
    }

    /** The entries appended since the wallet was loaded, in order; the repository stores them. */
    public List<LedgerEntry> appendedEntries() {
        return List.copyOf(appended);
    }

    /** Called by the repository once the wallet and its new entries are stored. */
    public void stored(long newVersion) {
        appended.clear();
        version = newVersion;
    }

    private void requireNotFrozen() {
        if (frozen) {
            throw new DomainException(ErrorCode.WALLET_FROZEN, "The wallet is frozen");
        }
    }

    private long held(SubBalance subBalance) {
        return subBalance == SubBalance.PRINCIPAL ? principal : bonus;
    }

    private void set(SubBalance subBalance, long fen) {
        if (subBalance == SubBalance.PRINCIPAL) {
            principal = fen;
        } else {
            bonus = fen;
        }
    }

    private void append(Asset asset, Optional<SubBalance> subBalance, long amount, long after, LedgerReason reason,
                        Movement movement, Optional<UUID> corrects) {
        appended.add(new LedgerEntry(movement.ids().newId(), id, customer, movement.operationKey(), appended.size(),
                asset, subBalance, amount, after, reason, movement.cause(), corrects, movement.note(),
                movement.actor().kind(), movement.actor().subject(), movement.at()));
    }
}
