package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsAward;
import dev.zhanggui.wallet.PointsAwardRepository;

import java.util.ArrayList;
import java.util.List;

/** Points awards in memory; one lock, so claims are counted one after the other. */
public final class InMemoryPointsAwardRepository implements PointsAwardRepository {
    private final List<PointsAward> awards = new ArrayList<>();

    @Override
    public synchronized boolean claim(PointsAward award) {
        boolean taken = awards.stream().anyMatch(a -> a.merchant().equals(award.merchant())
                && a.kind() == award.kind() && a.claim().equals(award.claim()));
        if (!taken) {
            awards.add(award);
        }
        return !taken;
    }

    @Override
    public synchronized boolean claimWithin(PointsAward award, long limit) {
        long held = awards.stream().filter(a -> a.merchant().equals(award.merchant()) && a.kind() == award.kind()
                && a.customer().equals(award.customer())).count();
        return held < limit && claim(award);
    }

    @Override
    public synchronized List<PointsAward> awardedFor(MerchantId merchant, String orderNumber) {
        return awards.stream().filter(a -> a.merchant().equals(merchant)
                && a.orderNumber().filter(orderNumber::equals).isPresent()).toList();
    }
}
