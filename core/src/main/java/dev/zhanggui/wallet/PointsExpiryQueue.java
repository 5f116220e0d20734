package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.List;

/**
 * Port: the wallets whose points are due to expire. Points held at the cutoff that have not been
 * spent since (oldest points are spent first) expire; a wallet already expired under the
 * operation key is not due again. Claimed wallets stay locked until the unit of work ends, and
 * wallets another instance holds are skipped, so two instances never expire one wallet twice.
 */
public interface PointsExpiryQueue {
    record Due(CustomerId customer, long points) {
    }

    List<Due> claim(MerchantId merchant, Instant cutoff, String operationKey, int limit);
}
