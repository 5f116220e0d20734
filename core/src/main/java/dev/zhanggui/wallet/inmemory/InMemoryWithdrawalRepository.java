package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.Withdrawal;
import dev.zhanggui.wallet.WithdrawalId;
import dev.zhanggui.wallet.WithdrawalRepository;
import dev.zhanggui.wallet.WithdrawalStatus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Withdrawals in memory. */
public final class InMemoryWithdrawalRepository implements WithdrawalRepository {
    private final Map<WithdrawalId, Withdrawal> withdrawals = new LinkedHashMap<>();

    @Override
    public synchronized void add(Withdrawal withdrawal) {
        withdrawals.put(withdrawal.id(), withdrawal);
    }

    @Override
    public synchronized Optional<Withdrawal> find(MerchantId merchant, WithdrawalId id) {
        return Optional.ofNullable(withdrawals.get(id)).filter(w -> w.merchant().equals(merchant));
    }

    @Override
    public synchronized Withdrawal update(Withdrawal w) {
        Withdrawal stored = withdrawals.get(w.id());
        if (stored == null || stored.version() != w.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The withdrawal changed meanwhile");
        }
        Withdrawal next = new Withdrawal(w.id(), w.merchant(), w.customer(), w.amount(), w.status(), w.holdEntry(),
                w.note(), w.requestedAt(), w.updatedAt(), w.version() + 1);
        withdrawals.put(w.id(), next);
        return next;
    }

    @Override
    public synchronized Page<Withdrawal> list(MerchantId merchant, Optional<CustomerId> customer,
                                              Optional<WithdrawalStatus> status, PageRequest page) {
        Optional<UUID> after = page.afterPosition().map(UUID::fromString);
        List<Withdrawal> rows = withdrawals.values().stream()
                .filter(w -> w.merchant().equals(merchant))
                .filter(w -> customer.map(w.customer()::equals).orElse(true))
                .filter(w -> status.map(s -> s == w.status()).orElse(true))
                .filter(w -> after.map(a -> w.id().value().compareTo(a) < 0).orElse(true))
                .sorted(Comparator.comparing((Withdrawal w) -> w.id().value()).reversed())
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), w -> w.id().toString());
    }
}
