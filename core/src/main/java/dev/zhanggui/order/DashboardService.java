package dev.zhanggui.order;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the dashboard (工作台) for the merchant's staff, "today" being the merchant's day. */
public final class DashboardService {
    public static final int TREND_DAYS = 30;
    private static final List<OrderStatus> WAITING = List.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW,
            OrderStatus.TO_SHIP);

    private final DashboardFigures figures;
    private final OrderSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public DashboardService(DashboardFigures figures, OrderSettings settings, Transactions transactions, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Dashboard dashboard(Actor actor) {
        OrderAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            ZoneId zone = settings.of(actor.merchant()).zone();
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            LocalDate first = today.minusDays(TREND_DAYS - 1L);
            Map<LocalDate, Dashboard.DailyFigures> byDay = figures.daily(actor.merchant(), zone, first,
                    today.plusDays(1)).stream().collect(Collectors.toMap(Dashboard.DailyFigures::day,
                    Function.identity()));
            List<Dashboard.DailyFigures> trend = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                trend.add(byDay.getOrDefault(day, Dashboard.DailyFigures.none(day)));
            }
            Map<OrderStatus, Long> waiting = figures.countByStatus(actor.merchant(), WAITING);
            DashboardFigures.AfterSalesWaiting afterSales = figures.afterSalesWaiting(actor.merchant());
            return new Dashboard(today, waiting.getOrDefault(OrderStatus.PENDING_PAYMENT, 0L),
                    waiting.getOrDefault(OrderStatus.PENDING_REVIEW, 0L), waiting.getOrDefault(OrderStatus.TO_SHIP, 0L),
                    afterSales.returnRequests(), afterSales.refundRequests(), trend.getLast(), trend);
        });
    }
}
