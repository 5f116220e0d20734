package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

/**
 * Port: draws the invite code (邀请码) of a new customer. Codes need not be secret, only short and
 * easy to read out; uniqueness within the merchant is checked by the customers' store (a clash
 * draws again). The default is {@link RandomInviteCodes}.
 */
public interface InviteCodes {
    InviteCode newCode(MerchantId merchant);
}
