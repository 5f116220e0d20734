package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: wallets (one hot row per customer) and their append-only ledgers. A wallet changes only
 * under the lock taken by {@link #lock}, held until the unit of work ends, so that concurrent
 * operations on one wallet run one after the other; different wallets never wait for each
 * other. Every method is confined to one merchant.
 */
public interface WalletRepository {
    /** The customer's wallet, locked until the unit of work ends; empty if the customer has none yet. */
    Optional<Wallet> lock(MerchantId merchant, CustomerId customer);

    /** The customer's wallet as last stored, without a lock. */
    Optional<Wallet> find(MerchantId merchant, CustomerId customer);

    /** Stores a new wallet unless the customer has one already (two first calls may race). */
    void addIfMissing(Wallet wallet);

    /**
     * Stores the values of a wallet locked with {@link #lock}, appends its new entries, and
     * advances its version. An operation key used twice on one wallet is refused by the store.
     */
    void store(Wallet wallet);

    /** The entries one operation appended to a wallet, in line order; empty if it never ran. */
    List<LedgerEntry> operation(MerchantId merchant, WalletId wallet, String operationKey);

    Optional<LedgerEntry> entry(MerchantId merchant, WalletId wallet, UUID entry);

    /** The entries that correct any of the given entries (e.g. refunds of a payment's entries). */
    List<LedgerEntry> correctionsOf(MerchantId merchant, WalletId wallet, Collection<UUID> entries);

    /** A wallet's entries, newest first. */
    Page<LedgerEntry> entries(MerchantId merchant, WalletId wallet, LedgerFilter filter, PageRequest page);

    /**
     * Up to {@code limit} wallets of the merchant after the given one (by id), each with the sums of
     * its entries, read in one consistent snapshot per wallet.
     */
    List<LedgerTotals> totals(MerchantId merchant, Optional<WalletId> after, int limit);
}
