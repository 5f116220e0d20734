package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

/** Port: whether a merchant lets its customers transfer balance to each other (余额转让); off by default. */
@FunctionalInterface
public interface TransferPermission {
    TransferPermission NONE = merchant -> false;

    boolean enabled(MerchantId merchant);
}
