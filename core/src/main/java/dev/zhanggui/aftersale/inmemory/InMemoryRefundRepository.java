package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundDestination;
import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.aftersale.RefundRepository;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Refunds in memory, as copies, oldest first; {@link #update} is conditional on the version. */
public final class InMemoryRefundRepository implements RefundRepository {
    private final Map<RefundId, Refund> refunds = new LinkedHashMap<>();

    @Override
    public synchronized void add(Refund refund) {
        if (refunds.putIfAbsent(refund.id(), refund.copy()) != null) {
            throw new IllegalStateException("refund " + refund.id() + " exists already");
        }
    }

    @Override
    public synchronized void update(Refund refund, long expectedVersion) {
        Refund current = refunds.get(refund.id());
        if (current == null || !current.merchant().equals(refund.merchant())) {
            throw new DomainException(ErrorCode.REFUND_NOT_FOUND, "No refund " + refund.id());
        }
        if (current.version() != expectedVersion) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Refund " + refund.id() + " changed meanwhile");
        }
        refunds.put(refund.id(), refund.copy());
    }

    @Override
    public synchronized Optional<Refund> find(MerchantId merchant, RefundId id) {
        return Optional.ofNullable(refunds.get(id)).filter(r -> r.merchant().equals(merchant)).map(Refund::copy);
    }

    @Override
    public synchronized Optional<Refund> findByOutRefundNo(String outRefundNo) {
        return refunds.values().stream().filter(r -> r.parts().stream()
                        .anyMatch(p -> p.destination() == RefundDestination.PAYMENT_GATEWAY && p.key().equals(outRefundNo)))
                .findFirst().map(Refund::copy);
    }

    @Override
    public synchronized List<Refund> ofOrder(MerchantId merchant, OrderId order) {
        return refunds.values().stream().filter(r -> r.merchant().equals(merchant) && r.order().equals(order))
                .map(Refund::copy).toList();
    }

    @Override
    public synchronized List<Refund> ofOrders(MerchantId merchant, Collection<OrderId> orders) {
        return refunds.values().stream().filter(r -> r.merchant().equals(merchant) && orders.contains(r.order()))
                .map(Refund::copy).toList();
    }

    @Override
    public synchronized List<Refund> unsettled(MerchantId merchant) {
        return refunds.values().stream().filter(r -> r.merchant().equals(merchant) && !r.isSettled())
                .map(Refund::copy).toList();
    }
}
