package dev.zhanggui.rest.order;

import dev.zhanggui.order.Dashboard;
import dev.zhanggui.order.DashboardService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The back office's dashboard (工作台): what waits for the merchant, today and the last 30 days. */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Orders", description = "Carts, checkout, the order lifecycle, shipping, in-store verification")
@SecurityRequirement(name = "bearer")
public class DashboardResource {
    @Inject
    DashboardService dashboards;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "Dashboard")
    public record DashboardView(@Schema(description = "The merchant's today (its time zone)", example = "2026-12-02")
                                String today,
                                @Schema(description = "Orders waiting for payment (待付款)") long awaitingPayment,
                                @Schema(description = "Orders waiting for the merchant's review (待审核)") long awaitingReview,
                                @Schema(description = "Orders to ship (待发货)") long toShip,
                                @Schema(description = "Return requests waiting (退货申请)") long returnRequests,
                                @Schema(description = "Refund requests waiting (退款申请)") long refundRequests,
                                DayView todayFigures,
                                @Schema(description = "The last 30 days, oldest first, today last") List<DayView> trend) {
        static DashboardView of(Dashboard d) {
            return new DashboardView(d.today().toString(), d.awaitingPayment(), d.awaitingReview(), d.toShip(),
                    d.returnRequests(), d.refundRequests(), DayView.of(d.todayFigures()),
                    d.trend().stream().map(DayView::of).toList());
        }
    }

    @Schema(name = "DashboardDay")
    public record DayView(@Schema(example = "2026-12-02") String day,
                          @Schema(description = "Orders placed that day that still stand") long orders,
                          @Schema(format = "number", example = "1280.00", description = "Their total") String revenue,
                          @Schema(description = "Customers who registered that day") long newCustomers) {
        static DayView of(Dashboard.DailyFigures f) {
            return new DayView(f.day().toString(), f.orders(), f.revenue().amount().toPlainString(), f.newCustomers());
        }
    }

    @GET
    @Operation(operationId = "getDashboard", summary = "Orders waiting for payment, review and shipping, after-sales requests waiting, today's orders, new customers and revenue, and the 30-day trend")
    public DashboardView get() {
        return DashboardView.of(dashboards.dashboard(actor.get()));
    }
}
