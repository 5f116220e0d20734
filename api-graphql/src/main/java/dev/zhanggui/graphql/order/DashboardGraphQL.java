package dev.zhanggui.graphql.order;

import dev.zhanggui.order.Dashboard;
import dev.zhanggui.order.DashboardService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The back office's dashboard (工作台): what waits for the merchant, today and the last 30 days. */
@GraphQLApi
public class DashboardGraphQL {
    @Inject
    DashboardService dashboards;
    @Inject
    Provider<Actor> actor;

    @Type("Dashboard")
    @Description("Orders waiting for payment, review and shipping, after-sales requests waiting, today (the merchant's day) and the last 30 days, oldest first")
    public record DashboardNode(@NonNull String today, long awaitingPayment, long awaitingReview, long toShip,
                                long returnRequests, long refundRequests, @NonNull DashboardDay todayFigures,
                                @NonNull List<@NonNull DashboardDay> trend) {
        static DashboardNode of(Dashboard d) {
            return new DashboardNode(d.today().toString(), d.awaitingPayment(), d.awaitingReview(), d.toShip(),
                    d.returnRequests(), d.refundRequests(), DashboardDay.of(d.todayFigures()),
                    d.trend().stream().map(DashboardDay::of).toList());
        }
    }

    @Type("DashboardDay")
    @Description("One day: orders placed that still stand, their total, customers who registered")
    public record DashboardDay(@NonNull String day, long orders, @NonNull String revenue, long newCustomers) {
        static DashboardDay of(Dashboard.DailyFigures f) {
            return new DashboardDay(f.day().toString(), f.orders(), f.revenue().amount().toPlainString(),
                    f.newCustomers());
        }
    }

    @Query("dashboard")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull DashboardNode dashboard() {
        return DashboardNode.of(dashboards.dashboard(actor.get()));
    }
}
