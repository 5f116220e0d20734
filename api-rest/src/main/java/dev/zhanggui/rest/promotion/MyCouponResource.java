package dev.zhanggui.rest.promotion;

import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The calling customer's coupons (我的优惠券), newest first. Which of them apply to a given cart, and
 * why the others do not, is what a quote answers ({@code POST /api/v1/quotes}: applicableCoupons,
 * bestCoupon, notApplied).
 */
@Path("/api/v1/me/coupons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Coupons", description = "Coupon templates, codes, grants and the coupons customers hold")
@SecurityRequirement(name = "bearer")
public class MyCouponResource {
    @Inject
    CouponService coupons;
    @Inject
    Provider<Actor> actor;
    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listMyCoupons", summary = "The calling customer's coupons, newest first")
    public ListResponse<CouponView> mine(
            @QueryParam("status") @Parameter(description = "AVAILABLE, RESERVED, USED or EXPIRED") String status,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Instant now = clock.instant();
        return ListResponse.of(coupons.mine(actor.get(), status(status), PageParameters.pageRequest(limit, after)),
                c -> CouponView.of(c, now));
    }

    static Optional<CouponStatus> status(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CouponStatus.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("status", ErrorCode.VALIDATION_FAILED,
                    "status is AVAILABLE, RESERVED, USED or EXPIRED");
        }
    }
}
