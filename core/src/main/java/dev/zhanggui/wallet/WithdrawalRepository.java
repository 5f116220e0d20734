package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Optional;

/** Port: withdrawals. */
public interface WithdrawalRepository {
    void add(Withdrawal withdrawal);

    Optional<Withdrawal> find(MerchantId merchant, WithdrawalId id);

    /** Stores a changed withdrawal if its version is still the stored one; advances the version. */
    Withdrawal update(Withdrawal withdrawal);

    /** Newest first; of one customer and/or in one status if given. */
    Page<Withdrawal> list(MerchantId merchant, Optional<CustomerId> customer, Optional<WithdrawalStatus> status,
                          PageRequest page);
}
