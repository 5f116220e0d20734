package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A price list (价格表) for a customer group or one customer (B2B wholesale): within its validity
 * window, the SKUs it names cost the price of the highest quantity break the quantity reaches
 * (1+: 10.00, 10+: 9.00, 100+: 8.20). Immutable; a change is a new value with the next version.
 */
public record PriceList(PriceListId id, MerchantId merchant, String name, PriceListOwner owner,
                        ValidityWindow validity, Map<SkuId, List<QuantityBreak>> entries, long version) {
    public static final int MAX_ENTRIES = 5_000;
    public static final int MAX_BREAKS = 10;

    public PriceList {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 64) {
            errors.add(invalid("name", "A price list name must be 1 to 64 characters"));
        }
        if (owner == null) {
            errors.add(invalid("owner", "A price list belongs to a group or a customer"));
        }
        if (entries == null || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            errors.add(invalid("entries", "A price list has 1 to " + MAX_ENTRIES + " entries"));
            entries = Map.of();
        }
        Map<SkuId, List<QuantityBreak>> sorted = new LinkedHashMap<>();
        for (var entry : entries.entrySet()) {
            sorted.put(entry.getKey(), checkedBreaks(entry.getKey(), entry.getValue(), errors));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.PRICE_LIST_INVALID, "The price list is not valid", errors);
        }
        entries = Map.copyOf(sorted);
    }

    private static List<QuantityBreak> checkedBreaks(SkuId sku, List<QuantityBreak> breaks,
                                                     List<FieldError> errors) {
        String field = "entries[" + sku + "]";
        if (breaks == null || breaks.isEmpty() || breaks.size() > MAX_BREAKS) {
            errors.add(invalid(field, "An entry has 1 to " + MAX_BREAKS + " quantity breaks"));
            return List.of();
        }
        List<QuantityBreak> sorted = breaks.stream().sorted(Comparator.comparingInt(QuantityBreak::minQuantity))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            QuantityBreak b = sorted.get(i);
            if (b.minQuantity() < 1) {
                errors.add(invalid(field, "A quantity break starts at 1 or more"));
            }
            if (b.unitPrice() == null || b.unitPrice().isNegative()) {
                errors.add(invalid(field, "A break's unit price must be zero or more"));
            }
            if (i > 0 && sorted.get(i - 1).minQuantity() == b.minQuantity()) {
                errors.add(invalid(field, "Two breaks start at quantity " + b.minQuantity()));
            }
        }
        return sorted;
    }

    private static FieldError invalid(String field, String message) {
        return new FieldError(field, ErrorCode.PRICE_LIST_INVALID, message);
    }

    public boolean appliesTo(CustomerId customer, Collection<CustomerGroupId> groups, Instant at) {
        return validity.contains(at) && owner.includes(customer, groups);
    }

    /** The unit price for buying {@code quantity} of the SKU, if the list names it and a break is reached. */
    public Optional<Money> unitPriceFor(SkuId sku, int quantity) {
        List<QuantityBreak> breaks = entries.getOrDefault(sku, List.of());
        Money price = null;
        for (QuantityBreak b : breaks) {
            if (quantity >= b.minQuantity()) {
                price = b.unitPrice();
            }
        }
        return Optional.ofNullable(price);
    }

    public PriceList revised(String newName, PriceListOwner newOwner, ValidityWindow newValidity,
                             Map<SkuId, List<QuantityBreak>> newEntries) {
        return new PriceList(id, merchant, newName, newOwner, newValidity, newEntries, version + 1);
    }
}
