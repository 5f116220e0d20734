package dev.zhanggui.rest.pricing;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.LevelBasis;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.customer.PointsStanding;
import dev.zhanggui.customer.PointsStandings;
import dev.zhanggui.rest.pricing.PricingViews.LevelView;
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

/** The calling customer's member level (我的会员等级), computed from their points at every reading. */
@Path("/api/v1/me/member-level")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Me", description = "The calling customer's own profile, addresses and invoice data")
@SecurityRequirement(name = "bearer")
public class MyMemberLevelResource {
    @Inject
    MemberLevelService levels;
    @Inject
    CustomerService customers;
    @Inject
    PointsStandings standings;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "MyMemberLevel")
    public record MyLevelView(@Schema(nullable = true, description = "None below the lowest requirement") LevelView level,
                              @Schema(description = "LIFETIME_EARNED or CURRENT: the points the levels are measured on")
                              String basis,
                              long lifetimeEarnedPoints, long currentPoints) {
    }

    @GET
    @Operation(operationId = "getMyMemberLevel", summary = "The level the calling customer holds now, and their points")
    public MyLevelView get() {
        Actor me = actor.get();
        Customer customer = customers.me(me);
        LevelBasis basis = levels.basis(me);
        PointsStanding standing = standings.standingOf(me.merchant(), customer.id());
        return new MyLevelView(levels.levelOf(me.merchant(), customer.id()).map(LevelView::of).orElse(null),
                basis.name(), standing.lifetimeEarned().value(), standing.current().value());
    }
}
