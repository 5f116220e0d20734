package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.List;

/** Port: the points clawbacks of refunds, with what is still owed. */
public interface PointsClawbackRepository {
    /** Adds a clawback; one per refund (a second for the same refund is ignored). */
    void add(PointsClawback clawback);

    /** Replaces the clawback of the same refund (what was taken grew). */
    void update(PointsClawback clawback);

    List<PointsClawback> ofOrder(MerchantId merchant, String orderNumber);

    /** The customer's clawbacks with a shortfall, oldest first. */
    List<PointsClawback> owedBy(MerchantId merchant, CustomerId customer);
}
