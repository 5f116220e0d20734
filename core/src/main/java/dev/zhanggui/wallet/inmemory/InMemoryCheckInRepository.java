package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.CheckIn;
import dev.zhanggui.wallet.CheckInRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Check-ins in memory; a second one of a customer on one day is refused. */
public final class InMemoryCheckInRepository implements CheckInRepository {
    private final List<CheckIn> checkIns = new ArrayList<>();

    @Override
    public synchronized Optional<CheckIn> latest(MerchantId merchant, CustomerId customer) {
        return of(merchant, customer).max(Comparator.comparing(CheckIn::day));
    }

    @Override
    public synchronized void add(CheckIn checkIn) {
        if (of(checkIn.merchant(), checkIn.customer()).anyMatch(c -> c.day().equals(checkIn.day()))) {
            throw new DomainException(ErrorCode.CHECK_IN_ALREADY_DONE);
        }
        checkIns.add(checkIn);
    }

    @Override
    public synchronized List<CheckIn> since(MerchantId merchant, CustomerId customer, LocalDate from) {
        return of(merchant, customer).filter(c -> !c.day().isBefore(from)).sorted(Comparator.comparing(CheckIn::day))
                .toList();
    }

    private java.util.stream.Stream<CheckIn> of(MerchantId merchant, CustomerId customer) {
        return checkIns.stream().filter(c -> c.merchant().equals(merchant) && c.customer().equals(customer));
    }
}
