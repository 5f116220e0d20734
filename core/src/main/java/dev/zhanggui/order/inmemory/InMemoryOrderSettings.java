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

    private final Map<MerchantId, MerchantOrderSettings> merchants = new ConcurrentHashMap<>();
    private final Map<CustomerKey, PaymentTerms> customers = new ConcurrentHashMap<>();

    @Override
    public MerchantOrderSettings of(MerchantId merchant) {
        return merchants.getOrDefault(merchant, MerchantOrderSettings.DEFAULT);
    }

    @Override
    public Optional<PaymentTerms> termsFor(MerchantId merchant, CustomerId customer) {
        return Optional.ofNullable(customers.get(new CustomerKey(merchant, customer)));
    }

    @Override
    public void save(MerchantId merchant, MerchantOrderSettings settings) {
        merchants.put(merchant, settings);
    }

    @Override
    public void saveTerms(MerchantId merchant, CustomerId customer, Optional<PaymentTerms> terms) {
        CustomerKey key = new CustomerKey(merchant, customer);
        terms.ifPresentOrElse(t -> customers.put(key, t), () -> customers.remove(key));
    }

    public void set(MerchantId merchant, MerchantOrderSettings settings) {
        save(merchant, settings);
    }

    public void setTerms(MerchantId merchant, CustomerId customer, PaymentTerms terms) {
        saveTerms(merchant, customer, Optional.of(terms));
    }
}
