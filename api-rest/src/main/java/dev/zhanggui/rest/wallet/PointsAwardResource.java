package dev.zhanggui.rest.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.PointsAward;
import dev.zhanggui.wallet.PointsRewardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an order earned in points (购物积分, 推荐奖励), for staff: each award with the rule it was reckoned by. */
@Path("/api/v1/points-awards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class PointsAwardResource {
    @Inject
    PointsRewardService rewards;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "PointsAward", description = "Points given by an earning rule: to the buyer for an order (PURCHASE), "
            + "to the inviter for an invitee's first order (REFERRAL) or a new downline (DOWNLINE)")
    public record PointsAwardView(String id, @Schema(enumeration = {"PURCHASE", "REFERRAL", "DOWNLINE"}) String kind,
                                  @Schema(description = "Whose wallet earned the points") String customerId,
                                  @Schema(nullable = true) String orderNumber,
                                  @Schema(nullable = true) String inviteeId,
                                  @Schema(format = "number", example = "88.50", description = "The money the points were reckoned on") String basis,
                                  long points,
                                  @Schema(nullable = true, description = "The rule applied; absent if none was in force")
                                  String ruleCode,
                                  @Schema(nullable = true) Map<String, String> ruleArgs,
                                  @Schema(nullable = true, description = "The wallet operation that credited the points")
                                  String operationKey,
                                  Instant awardedAt) {
        static PointsAwardView of(PointsAward a) {
            return new PointsAwardView(a.id().toString(), a.kind().name(), a.customer().toString(),
                    a.orderNumber().orElse(null), a.invitee().map(Object::toString).orElse(null), a.basis().toString(),
                    a.points().value(), a.rule().map(r -> r.code()).orElse(null), a.rule().map(r -> r.args()).orElse(null),
                    a.operationKey().orElse(null), a.at());
        }
    }

    @GET
    @Operation(operationId = "listPointsAwards", summary = "The points awarded for an order: the buyer's and their inviter's, oldest first")
    public List<PointsAwardView> forOrder(@QueryParam("order") @Parameter(description = "The order number", required = true)
                                          String order) {
        if (order == null || order.isBlank()) {
            throw DomainException.invalidField("order", ErrorCode.VALIDATION_FAILED, "Name the order number");
        }
        return rewards.awardedFor(actor.get(), order).stream().map(PointsAwardView::of).toList();
    }
}
