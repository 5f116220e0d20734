package dev.zhanggui.order.inmemory;

import dev.zhanggui.order.HolidayCalendar;
import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.util.List;
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

    @Override
    public List<LocalDate> holidays(MerchantId merchant, LocalDate from, LocalDate until) {
        return holidays.stream().filter(k -> k.merchant().equals(merchant))
                .map(Key::day).filter(d -> !d.isBefore(from) && d.isBefore(until)).sorted().toList();
    }

    @Override
    public void add(MerchantId merchant, LocalDate day) {
        holidays.add(new Key(merchant, day));
    }

    @Override
    public void remove(MerchantId merchant, LocalDate day) {
        holidays.remove(new Key(merchant, day));
    }
}
