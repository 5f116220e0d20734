package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.promotion.CouponCode;
import dev.zhanggui.promotion.CouponCodeRepository;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Redemption codes in memory, unique per merchant. */
public final class InMemoryCouponCodeRepository implements CouponCodeRepository {
    private record Key(MerchantId merchant, String code) {
    }

    private final Map<Key, CouponCode> codes = new LinkedHashMap<>();

    @Override
    public synchronized Optional<CouponCode> find(MerchantId merchant, String code) {
        return Optional.ofNullable(codes.get(new Key(merchant, code)));
    }

    @Override
    public synchronized Page<CouponCode> listFor(MerchantId merchant, CouponTemplateId template, PageRequest page) {
        // Codes are upper-case ASCII, so text order is the database's "C" collation order.
        return InMemoryPages.ascending(codes.values().stream()
                .filter(c -> c.merchant().equals(merchant) && c.template().equals(template)), CouponCode::code, page);
    }

    @Override
    public synchronized boolean addAll(Collection<CouponCode> added) {
        if (added.stream().anyMatch(c -> codes.containsKey(new Key(c.merchant(), c.code())))) {
            return false;
        }
        added.forEach(c -> codes.put(new Key(c.merchant(), c.code()), c));
        return true;
    }
}
