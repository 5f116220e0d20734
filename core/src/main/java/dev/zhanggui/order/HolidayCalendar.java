package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;

/** Port: the merchant's holidays (法定节假日) on which nobody delivers. */
public interface HolidayCalendar {
    boolean isHoliday(MerchantId merchant, LocalDate day);
}
