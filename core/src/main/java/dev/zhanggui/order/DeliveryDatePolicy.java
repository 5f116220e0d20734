package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;

/** Which delivery dates a customer may ask for (期望送达日期). */
public interface DeliveryDatePolicy {
    /** The earliest date that may be asked for when ordering on {@code today} (the merchant's day). */
    LocalDate earliest(MerchantId merchant, LocalDate today);
}
