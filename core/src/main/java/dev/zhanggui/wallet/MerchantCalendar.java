package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.time.ZoneId;

/** Port: the time zone a merchant's business days are counted in ("today", a calendar month). */
@FunctionalInterface
public interface MerchantCalendar {
    ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Every merchant in China Standard Time, the default. */
    MerchantCalendar CHINA = merchant -> SHANGHAI;

    ZoneId zoneOf(MerchantId merchant);
}
