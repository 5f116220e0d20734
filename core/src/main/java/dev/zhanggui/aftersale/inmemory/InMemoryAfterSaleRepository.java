package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleFilter;
import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * After-sales requests in memory, as copies. {@link #update} is conditional on the version and
 * {@link #add} refuses a second open request on a line, each in one synchronized step, like the
 * database's conditional update and per-order lock.
 */
public final class InMemoryAfterSaleRepository implements AfterSaleRepository {
    private final Map<AfterSaleId, AfterSale> afterSales = new LinkedHashMap<>();

    @Override
    public synchronized void add(AfterSale afterSale) {
        if (afterSales.containsKey(afterSale.id())) {
            throw new IllegalStateException("after-sales request " + afterSale.id() + " exists already");
        }
        boolean taken = of(afterSale.merchant()).filter(a -> a.order().equals(afterSale.order()))
                .filter(AfterSale::isOpen)
                .anyMatch(a -> afterSale.lines().stream().map(AfterSaleLine::line).anyMatch(a::covers));
        if (taken) {
            throw new DomainException(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST,
                    "A line of order " + afterSale.orderNumber() + " has an open after-sales request");
        }
        afterSales.put(afterSale.id(), afterSale.copy());
    }

    @Override
    public synchronized void update(AfterSale afterSale, long expectedVersion) {
        AfterSale current = afterSales.get(afterSale.id());
        if (current == null || !current.merchant().equals(afterSale.merchant())) {
            throw new DomainException(ErrorCode.AFTERSALE_NOT_FOUND, "No after-sales request " + afterSale.id());
        }
        if (current.version() != expectedVersion) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT,
                    "After-sales request " + afterSale.id() + " changed meanwhile");
        }
        afterSales.put(afterSale.id(), afterSale.copy());
    }

    @Override
    public synchronized Optional<AfterSale> find(MerchantId merchant, AfterSaleId id) {
        return Optional.ofNullable(afterSales.get(id)).filter(a -> a.merchant().equals(merchant)).map(AfterSale::copy);
    }

    @Override
    public synchronized List<AfterSale> ofOrder(MerchantId merchant, OrderId order) {
        return of(merchant).filter(a -> a.order().equals(order)).map(AfterSale::copy).toList();
    }

    @Override
    public synchronized Page<AfterSale> ofCustomer(MerchantId merchant, CustomerId customer, PageRequest page) {
        return page(of(merchant).filter(a -> a.customer().equals(customer)), page);
    }

    @Override
    public synchronized Page<AfterSale> list(MerchantId merchant, AfterSaleFilter filter, PageRequest page) {
        return page(of(merchant).filter(filter::matches), page);
    }

    private Stream<AfterSale> of(MerchantId merchant) {
        return afterSales.values().stream().filter(a -> a.merchant().equals(merchant));
    }

    private static Page<AfterSale> page(Stream<AfterSale> matching, PageRequest page) {
        Optional<String> after = page.afterPosition();
        List<AfterSale> rows = matching
                .sorted(Comparator.comparing((AfterSale a) -> a.id().value().toString()).reversed())
                .filter(a -> after.map(p -> a.id().value().toString().compareTo(p) < 0).orElse(true))
                .limit(page.limit() + 1L).map(AfterSale::copy).toList();
        return Page.fromOverfetch(rows, page.limit(), a -> a.id().value().toString());
    }
}
