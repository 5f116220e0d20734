package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

/** Port: the append-only audit trail of wallet settings changes, confined to one merchant. */
public interface WalletAuditLog {
    /** Appends an entry in the caller's unit of work, the one that changed the wallet. */
    void append(MerchantId merchant, WalletAuditEntry entry);

    /** A customer's audit entries, newest first. */
    Page<WalletAuditEntry> entries(MerchantId merchant, CustomerId customer, PageRequest page);
}
