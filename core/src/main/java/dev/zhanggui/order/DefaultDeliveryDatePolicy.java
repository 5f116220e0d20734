package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Seed 001: a delivery date no earlier than the fifth working day after today. Working days are
 * Monday to Friday that are not holidays; today itself never counts.
 */
public final class DefaultDeliveryDatePolicy implements DeliveryDatePolicy {
    public static final int WORKING_DAYS = 5;

    private final HolidayCalendar holidays;

    public DefaultDeliveryDatePolicy(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    @Override
    public LocalDate earliest(MerchantId merchant, LocalDate today) {
        LocalDate day = today;
        int counted = 0;
        while (counted < WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.isHoliday(merchant, day)) {
                counted++;
            }
        }
        return day;
    }
}
