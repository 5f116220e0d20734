package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Order numbers like {@code 210652020060800001}: the merchant's prefix ({@code 21065}), the date
 * in the merchant's time zone ({@code 20200608}) and the day's sequence, five digits at least
 * ({@code 00001}; more digits once a day passes 99999 orders).
 */
public final class DefaultOrderNumberPolicy implements OrderNumberPolicy {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final OrderSettings settings;
    private final OrderSequence sequence;

    public DefaultOrderNumberPolicy(OrderSettings settings, OrderSequence sequence) {
        this.settings = settings;
        this.sequence = sequence;
    }

    @Override
    public String next(MerchantId merchant, Instant now) {
        OrderSettings.MerchantOrderSettings s = settings.of(merchant);
        LocalDate day = now.atZone(s.zone()).toLocalDate();
        return s.numberPrefix() + DAY.format(day) + "%05d".formatted(sequence.next(merchant, day));
    }
}
