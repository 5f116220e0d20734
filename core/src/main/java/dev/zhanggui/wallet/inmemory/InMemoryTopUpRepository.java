package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.TopUp;
import dev.zhanggui.wallet.TopUpRepository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Online top-ups in memory. */
public final class InMemoryTopUpRepository implements TopUpRepository {
    private final Map<PaymentId, TopUp> topUps = new HashMap<>();

    @Override
    public synchronized void add(TopUp topUp) {
        topUps.put(topUp.payment(), topUp);
    }

    @Override
    public synchronized Optional<TopUp> find(MerchantId merchant, PaymentId payment) {
        return Optional.ofNullable(topUps.get(payment)).filter(t -> t.merchant().equals(merchant));
    }
}
