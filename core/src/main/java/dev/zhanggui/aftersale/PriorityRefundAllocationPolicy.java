package dev.zhanggui.aftersale;

import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An alternative split: tenders in a fixed order, each giving back all it has left before the next
 * gives anything. {@link #walletFirst()} refunds points, then balance, then credit, and online
 * payment last (the merchant keeps the gateway's money longest); {@link #onlineFirst()} the reverse.
 */
public final class PriorityRefundAllocationPolicy implements RefundAllocationPolicy {
    private final List<TenderType> order;

    public PriorityRefundAllocationPolicy(List<TenderType> order) {
        this.order = List.copyOf(order);
    }

    public static PriorityRefundAllocationPolicy walletFirst() {
        return new PriorityRefundAllocationPolicy(List.of(TenderType.POINTS, TenderType.BALANCE, TenderType.CREDIT,
                TenderType.COD, TenderType.CASH, TenderType.OFFLINE_TRANSFER, TenderType.ONLINE));
    }

    public static PriorityRefundAllocationPolicy onlineFirst() {
        return new PriorityRefundAllocationPolicy(List.of(TenderType.ONLINE, TenderType.OFFLINE_TRANSFER,
                TenderType.CASH, TenderType.COD, TenderType.CREDIT, TenderType.BALANCE, TenderType.POINTS));
    }

    @Override
    public List<RefundAllocation> allocate(Money amount, List<TenderRefundable> tenders) {
        List<TenderRefundable> byPriority = tenders.stream().sorted(Comparator.comparingInt(this::rank)).toList();
        Money left = amount;
        List<RefundAllocation> allocations = new ArrayList<>();
        for (TenderRefundable tender : byPriority) {
            Money part = left.min(tender.remaining());
            allocations.add(tender.allocate(part));
            left = left.minus(part);
        }
        return List.copyOf(allocations);
    }

    private int rank(TenderRefundable tender) {
        int rank = order.indexOf(tender.type());
        return rank < 0 ? order.size() : rank;
    }
}
