package dev.zhanggui.rest.promotion;

import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** The redemption centre (兑换中心): a customer claims a coupon with a code. */
@Path("/api/v1/coupon-codes/{code}/claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Coupons", description = "Coupon templates, codes, grants and the coupons customers hold")
@SecurityRequirement(name = "bearer")
public class CouponClaimResource {
    @Inject
    CouponService coupons;
    @Inject
    Provider<Actor> actor;
    @Inject
    Clock clock;

    @POST
    @Idempotent
    @Operation(operationId = "claimCoupon", summary = "Claim a coupon with a code (case-insensitive); every limit "
            + "(total, per customer, the code's) is checked at once")
    public Response claim(@PathParam("code") String code) {
        Coupon coupon = coupons.claim(actor.get(), code);
        return Response.status(Response.Status.CREATED).entity(CouponView.of(coupon, clock.instant())).build();
    }
}
