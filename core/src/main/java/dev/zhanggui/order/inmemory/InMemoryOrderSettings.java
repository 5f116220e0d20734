package dev.zhanggui.order.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.PaymentTerms;
import dev.zhanggui.shared.MerchantId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Order settings in memory: the defaults unless a test sets a merchant's or a customer's. */
public final class InMemoryOrderSettings implements OrderSettings {
    private record CustomerKey(MerchantId merchant, CustomerId customer) {
    }

    private record Stored(MerchantOrderSettings settings, long version) {
    }

    private final Map<MerchantId, Stored> merchants = new ConcurrentHashMap<>();
    private final Map<CustomerKey, PaymentTerms> customers = new ConcurrentHashMap<>();

    @Override
    public MerchantOrderSettings of(MerchantId merchant) {
        Stored stored = merchants.get(merchant);
        return stored == null ? MerchantOrderSettings.DEFAULT : stored.settings();
    }

    @Override
    public Optional<PaymentTerms> termsFor(MerchantId merchant, CustomerId customer) {
        return Optional.ofNullable(customers.get(new CustomerKey(merchant, customer)));
    }

    @Override
    public long version(MerchantId merchant) {
        Stored stored = merchants.get(merchant);
        return stored == null ? 0 : stored.version();
    }

    @Override
    public boolean save(MerchantId merchant, MerchantOrderSettings settings, long expectedVersion) {
        boolean[] saved = {false};
        merchants.compute(merchant, (m, stored) -> {
            long version = stored == null ? 0 : stored.version();
            if (version != expectedVersion) {
                return stored;
            }
            saved[0] = true;
            return new Stored(settings, version + 1);
        });
        return saved[0];
    }

    @Override
    public void saveTerms(MerchantId merchant, CustomerId customer, Optional<PaymentTerms> terms) {
        CustomerKey key = new CustomerKey(merchant, customer);
        terms.ifPresentOrElse(t -> customers.put(key, t), () -> customers.remove(key));
    }

    public void set(MerchantId merchant, MerchantOrderSettings settings) {
        merchants.merge(merchant, new Stored(settings, 1), (old, fresh) -> new Stored(settings, old.version() + 1));
    }

    public void setTerms(MerchantId merchant, CustomerId customer, PaymentTerms terms) {
        saveTerms(merchant, customer, Optional.of(terms));
    }
}
