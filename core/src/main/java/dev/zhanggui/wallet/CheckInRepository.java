package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: customers' check-ins; at most one per customer and day (the store refuses a second). */
public interface CheckInRepository {
    Optional<CheckIn> latest(MerchantId merchant, CustomerId customer);

    void add(CheckIn checkIn);

    /** The customer's check-ins from a day on (inclusive), oldest first. */
    List<CheckIn> since(MerchantId merchant, CustomerId customer, LocalDate from);
}
