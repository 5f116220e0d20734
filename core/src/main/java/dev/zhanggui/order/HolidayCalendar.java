package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.util.List;

/** Port: the merchant's holidays (法定节假日) on which nobody delivers. */
public interface HolidayCalendar {
    boolean isHoliday(MerchantId merchant, LocalDate day);

    /** The holidays in {@code [from, until)}, in order. */
    List<LocalDate> holidays(MerchantId merchant, LocalDate from, LocalDate until);

    void add(MerchantId merchant, LocalDate day);

    void remove(MerchantId merchant, LocalDate day);
}
