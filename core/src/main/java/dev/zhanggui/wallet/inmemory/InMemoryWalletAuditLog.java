package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.WalletAuditEntry;
import dev.zhanggui.wallet.WalletAuditLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The wallet audit trail in memory, for tests and embedding. */
public final class InMemoryWalletAuditLog implements WalletAuditLog {
    private record Row(MerchantId merchant, WalletAuditEntry entry) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void append(MerchantId merchant, WalletAuditEntry entry) {
        rows.add(new Row(merchant, entry));
    }

    @Override
    public synchronized Page<WalletAuditEntry> entries(MerchantId merchant, CustomerId customer, PageRequest page) {
        Optional<UUID> after = page.afterPosition().map(InMemoryWalletAuditLog::cursor);
        List<WalletAuditEntry> found = rows.stream().filter(r -> r.merchant().equals(merchant))
                .map(Row::entry).filter(e -> e.customer().equals(customer))
                .filter(e -> after.map(a -> e.id().compareTo(a) < 0).orElse(true))
                .sorted(Comparator.comparing(WalletAuditEntry::id).reversed()).limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(found, page.limit(), e -> e.id().toString());
    }

    private static UUID cursor(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}
