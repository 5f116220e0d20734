package dev.zhanggui.order.inmemory;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.order.Dashboard;
import dev.zhanggui.order.DashboardFigures;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's figures computed over the in-memory orders and customers. Until after-sales
 * exist, the refund requests waiting are the paid orders whose cancellation was asked (取消中).
 */
public final class InMemoryDashboardFigures implements DashboardFigures {
    private static final Set<OrderStatus> NOT_STANDING = EnumSet.of(OrderStatus.DRAFT, OrderStatus.CLOSED,
            OrderStatus.VOIDED);

    private final InMemoryOrderRepository orders;
    private final InMemoryCustomerRepository customers;

    public InMemoryDashboardFigures(InMemoryOrderRepository orders, InMemoryCustomerRepository customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @Override
    public Map<OrderStatus, Long> countByStatus(MerchantId merchant, List<OrderStatus> statuses) {
        return orders.all(merchant).stream().filter(o -> statuses.contains(o.status()))
                .collect(Collectors.groupingBy(Order::status, Collectors.counting()));
    }

    @Override
    public List<Dashboard.DailyFigures> daily(MerchantId merchant, ZoneId zone, LocalDate from, LocalDate until) {
        Function<java.time.Instant, LocalDate> day = at -> at.atZone(zone).toLocalDate();
        List<Dashboard.DailyFigures> days = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            LocalDate current = d;
            List<Order> placed = orders.all(merchant).stream().filter(o -> !NOT_STANDING.contains(o.status()))
                    .filter(o -> day.apply(o.createdAt()).equals(current)).toList();
            long registered = customers.all(merchant).stream().map(Customer::registeredAt).map(day)
                    .filter(current::equals).count();
            days.add(new Dashboard.DailyFigures(current, placed.size(),
                    placed.stream().map(Order::total).reduce(Money.zero(), Money::plus), registered));
        }
        return days;
    }

    @Override
    public AfterSalesWaiting afterSalesWaiting(MerchantId merchant) {
        return new AfterSalesWaiting(0, orders.all(merchant).stream()
                .filter(o -> o.status() == OrderStatus.CANCELLING).count());
    }
}
