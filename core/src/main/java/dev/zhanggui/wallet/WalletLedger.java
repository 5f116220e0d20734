package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The unit of work every wallet use case shares: lock the customer's wallet (opening it at the
 * first movement), apply an operation once per operation key, store the wallet with its new
 * entries. A repeated key returns the first outcome; a key reused for something else is refused.
 */
final class WalletLedger {
    private final WalletRepository wallets;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    WalletLedger(WalletRepository wallets, CustomerRepository customers, Transactions transactions,
                 IdGenerator ids, Clock clock) {
        this.wallets = wallets;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * What an operation will be, to tell a replay from a reused key: its cause, its first entry's
     * reason, and the signed sum of its entries.
     */
    record Operation(String key, Cause cause, LedgerReason reason, long signedTotal, Optional<String> note,
                     Optional<UUID> corrects) {
    }

    WalletOperation apply(Actor actor, CustomerId customer, Operation operation,
                          BiConsumer<Wallet, Movement> action) {
        return transactions.inTransaction(() -> {
            MerchantId merchant = actor.merchant();
            Wallet wallet = lockOrOpen(merchant, customer);
            List<LedgerEntry> done = wallets.operation(merchant, wallet.id(), operation.key());
            if (!done.isEmpty()) {
                requireSameOperation(done, operation);
                return new WalletOperation(wallet, done, true);
            }
            operation.corrects().ifPresent(entry -> wallets.entry(merchant, wallet.id(), entry).orElseThrow(
                    () -> DomainException.invalidField("corrects", ErrorCode.WALLET_ENTRY_NOT_FOUND,
                            "No entry " + entry + " in this wallet")));
            Movement movement = new Movement(operation.key(), operation.cause(), actor, operation.note(),
                    operation.corrects(), now(), ids);
            action.accept(wallet, movement);
            List<LedgerEntry> appended = wallet.appendedEntries();
            wallets.store(wallet);
            return new WalletOperation(wallet, appended, false);
        });
    }

    /** Changes a wallet's settings (frozen, credit limit): no entries, just the locked row. */
    Wallet change(MerchantId merchant, CustomerId customer, Consumer<Wallet> change) {
        return transactions.inTransaction(() -> {
            Wallet wallet = lockOrOpen(merchant, customer);
            change.accept(wallet);
            wallets.store(wallet);
            return wallet;
        });
    }

    /** The customer's wallet, opened empty if they had none; an unknown customer is refused. */
    Wallet walletOf(MerchantId merchant, CustomerId customer) {
        return transactions.inTransaction(() -> wallets.find(merchant, customer).orElseGet(() -> {
            open(merchant, customer);
            return wallets.find(merchant, customer).orElseThrow();
        }));
    }

    WalletRepository wallets() {
        return wallets;
    }

    Instant now() {
        // Microseconds, as the database keeps them, so that a stored entry reads back as answered.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Wallet lockOrOpen(MerchantId merchant, CustomerId customer) {
        return wallets.lock(merchant, customer).orElseGet(() -> {
            open(merchant, customer);
            return wallets.lock(merchant, customer).orElseThrow();
        });
    }

    private void open(MerchantId merchant, CustomerId customer) {
        if (customers.find(merchant, customer).isEmpty()) {
            throw new DomainException(ErrorCode.CUSTOMER_NOT_FOUND, "No customer " + customer);
        }
        wallets.addIfMissing(Wallet.open(new WalletId(ids.newId()), merchant, customer, now()));
    }

    private static void requireSameOperation(List<LedgerEntry> done, Operation operation) {
        long total = done.stream().mapToLong(LedgerEntry::amount).sum();
        LedgerEntry first = done.getFirst();
        if (!first.cause().equals(operation.cause()) || first.reason() != operation.reason()
                || total != operation.signedTotal()) {
            throw DomainException.invalidField("operationKey", ErrorCode.WALLET_OPERATION_KEY_REUSED,
                    "Operation key " + operation.key() + " was used for " + first.reason() + " of " + total
                            + " caused by " + first.cause());
        }
    }
}
