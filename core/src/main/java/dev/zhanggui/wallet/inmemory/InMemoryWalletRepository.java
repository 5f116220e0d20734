package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerTotals;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletId;
import dev.zhanggui.wallet.WalletRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Wallets and ledgers in memory. Wallets are kept as copies of their values, so a use case that
 * fails before {@link #store} leaves nothing behind; the lock is the unit of work's own
 * (InMemoryTransactions runs one at a time).
 */
public final class InMemoryWalletRepository implements WalletRepository {
    private record Row(WalletId id, MerchantId merchant, CustomerId customer, Instant createdAt, long principal,
                       long bonus, long points, long creditLimit, long creditInUse, boolean frozen, long version) {
        Wallet toWallet() {
            return Wallet.restore(id, merchant, customer, createdAt, principal, bonus, points, creditLimit,
                    creditInUse, frozen, version);
        }
    }

    private record Key(MerchantId merchant, CustomerId customer) {
    }

    private final Map<Key, Row> wallets = new HashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<WalletId, MerchantId> merchantOf = new HashMap<>();

    @Override
    public synchronized Optional<Wallet> lock(MerchantId merchant, CustomerId customer) {
        return find(merchant, customer);
    }

    @Override
    public synchronized Optional<Wallet> find(MerchantId merchant, CustomerId customer) {
        return Optional.ofNullable(wallets.get(new Key(merchant, customer))).map(Row::toWallet);
    }

    @Override
    public synchronized void addIfMissing(Wallet wallet) {
        wallets.computeIfAbsent(new Key(wallet.merchant(), wallet.customer()), k -> {
            merchantOf.put(wallet.id(), wallet.merchant());
            return row(wallet, wallet.version());
        });
    }

    @Override
    public synchronized void store(Wallet wallet) {
        Key key = new Key(wallet.merchant(), wallet.customer());
        Row current = wallets.get(key);
        if (current == null || current.version() != wallet.version()) {
            throw new IllegalStateException("the wallet was not locked or changed meanwhile");
        }
        for (LedgerEntry entry : wallet.appendedEntries()) {
            if (entries.stream().anyMatch(e -> e.wallet().equals(entry.wallet())
                    && e.operationKey().equals(entry.operationKey()) && e.line() == entry.line())) {
                throw new IllegalStateException("operation " + entry.operationKey() + " was applied already");
            }
        }
        entries.addAll(wallet.appendedEntries());
        wallets.put(key, row(wallet, wallet.version() + 1));
        wallet.stored(wallet.version() + 1);
    }

    @Override
    public synchronized List<LedgerEntry> operation(MerchantId merchant, WalletId wallet, String operationKey) {
        return ofWallet(merchant, wallet).filter(e -> e.operationKey().equals(operationKey))
                .sorted(Comparator.comparingInt(LedgerEntry::line)).toList();
    }

    @Override
    public synchronized Optional<LedgerEntry> entry(MerchantId merchant, WalletId wallet, UUID entry) {
        return ofWallet(merchant, wallet).filter(e -> e.id().equals(entry)).findFirst();
    }

    @Override
    public synchronized List<LedgerEntry> correctionsOf(MerchantId merchant, WalletId wallet,
                                                        Collection<UUID> corrected) {
        return ofWallet(merchant, wallet).filter(e -> e.corrects().filter(corrected::contains).isPresent()).toList();
    }

    @Override
    public synchronized Page<LedgerEntry> entries(MerchantId merchant, WalletId wallet, LedgerFilter filter,
                                                  PageRequest page) {
        Optional<UUID> after = page.afterPosition().map(InMemoryWalletRepository::cursor);
        List<LedgerEntry> rows = ofWallet(merchant, wallet).filter(filter::matches)
                .filter(e -> after.map(a -> e.id().compareTo(a) < 0).orElse(true))
                .sorted(Comparator.comparing(LedgerEntry::id).reversed())
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), e -> e.id().toString());
    }

    @Override
    public synchronized List<LedgerTotals> totals(MerchantId merchant, Optional<WalletId> after, int limit) {
        return wallets.values().stream().filter(r -> r.merchant().equals(merchant))
                .filter(r -> after.map(a -> r.id().value().compareTo(a.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(r -> r.id().value())).limit(limit)
                .map(r -> {
                    Map<String, Long> sums = new HashMap<>();
                    long[] count = {0};
                    entries.stream().filter(e -> e.wallet().equals(r.id())).forEach(e -> {
                        sums.merge(e.account(), e.amount(), Long::sum);
                        count[0]++;
                    });
                    return new LedgerTotals(r.toWallet(), sums, count[0]);
                }).toList();
    }

    /** For tests of reconciliation: overwrite a stored value behind the ledger's back. */
    public synchronized void tamperPrincipal(MerchantId merchant, CustomerId customer, long principal) {
        Key key = new Key(merchant, customer);
        Row r = wallets.get(key);
        wallets.put(key, new Row(r.id(), r.merchant(), r.customer(), r.createdAt(), principal, r.bonus(), r.points(),
                r.creditLimit(), r.creditInUse(), r.frozen(), r.version()));
    }

    private java.util.stream.Stream<LedgerEntry> ofWallet(MerchantId merchant, WalletId wallet) {
        if (!merchant.equals(merchantOf.get(wallet))) {
            return java.util.stream.Stream.empty();
        }
        return entries.stream().filter(e -> e.wallet().equals(wallet));
    }

    private static UUID cursor(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw dev.zhanggui.shared.DomainException.invalidField("after",
                    dev.zhanggui.shared.ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    private static Row row(Wallet w, long version) {
        return new Row(w.id(), w.merchant(), w.customer(), w.createdAt(), w.principal().minorUnits(),
                w.bonus().minorUnits(), w.points().value(), w.creditLimit().minorUnits(),
                w.creditInUse().minorUnits(), w.frozen(), version);
    }
}
