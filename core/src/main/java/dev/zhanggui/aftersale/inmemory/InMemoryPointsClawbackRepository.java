package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.PointsClawback;
import dev.zhanggui.aftersale.PointsClawbackRepository;
import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Points clawbacks in memory, one per refund, oldest first. */
public final class InMemoryPointsClawbackRepository implements PointsClawbackRepository {
    private final Map<RefundId, PointsClawback> clawbacks = new LinkedHashMap<>();

    @Override
    public synchronized void add(PointsClawback clawback) {
        clawbacks.putIfAbsent(clawback.refund(), clawback);
    }

    @Override
    public synchronized void update(PointsClawback clawback) {
        clawbacks.replace(clawback.refund(), clawback);
    }

    @Override
    public synchronized List<PointsClawback> ofOrder(MerchantId merchant, String orderNumber) {
        return clawbacks.values().stream().filter(c -> c.merchant().equals(merchant)
                && c.orderNumber().equals(orderNumber)).toList();
    }

    @Override
    public synchronized List<PointsClawback> owedBy(MerchantId merchant, CustomerId customer) {
        return clawbacks.values().stream().filter(c -> c.merchant().equals(merchant) && c.customer().equals(customer)
                && c.shortfall().isPositive()).toList();
    }
}
