package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.OrderPointsAwards;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

import java.util.HashMap;
import java.util.Map;

/** Purchase points per order in memory, as the wallet would have awarded them; for tests and embedders. */
public final class InMemoryOrderPointsAwards implements OrderPointsAwards {
    private final Map<String, Points> awarded = new HashMap<>();

    @Override
    public synchronized Points earnedBy(MerchantId merchant, String orderNumber) {
        return awarded.getOrDefault(merchant + "/" + orderNumber, Points.zero());
    }

    public synchronized void award(MerchantId merchant, String orderNumber, Points points) {
        awarded.put(merchant + "/" + orderNumber, points);
    }
}
