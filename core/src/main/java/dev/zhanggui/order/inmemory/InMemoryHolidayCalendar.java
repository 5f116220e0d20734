package dev.zhanggui.order.inmemory;

import dev.zhanggui.order.HolidayCalendar;
import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Holidays in memory, added by tests. */
public final class InMemoryHolidayCalendar implements HolidayCalendar {
    private record Key(MerchantId merchant, LocalDate day) {
    }

    private final Set<Key> holidays = ConcurrentHashMap.newKeySet();

    @Override
    public boolean isHoliday(MerchantId merchant, LocalDate day) {
        return holidays.contains(new Key(merchant, day));
    }

    public void add(MerchantId merchant, LocalDate day) {
        holidays.add(new Key(merchant, day));
    }
}
