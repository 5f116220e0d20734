package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.List;

/** Port: the customers a grant reaches, in a stable order (the server queries customers, tags and levels). */
public interface CouponAudience {
    List<CustomerId> customers(MerchantId merchant, GrantTarget target);
}
