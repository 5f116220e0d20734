package dev.zhanggui.customer.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.PointsStanding;
import dev.zhanggui.customer.PointsStandings;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Points standings in memory, set by tests or an embedding application until the wallet exists. */
public final class InMemoryPointsStandings implements PointsStandings {
    private record Key(MerchantId merchant, CustomerId customer) {
    }

    private final Map<Key, PointsStanding> standings = new ConcurrentHashMap<>();

    @Override
    public PointsStanding standingOf(MerchantId merchant, CustomerId customer) {
        return standings.getOrDefault(new Key(merchant, customer), PointsStanding.NONE);
    }

    public void set(MerchantId merchant, CustomerId customer, long lifetimeEarned, long current) {
        standings.put(new Key(merchant, customer), new PointsStanding(Points.of(lifetimeEarned), Points.of(current)));
    }
}
