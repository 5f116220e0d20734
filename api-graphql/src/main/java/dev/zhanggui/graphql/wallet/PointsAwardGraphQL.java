package dev.zhanggui.graphql.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.PointsAward;
import dev.zhanggui.wallet.PointsRewardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;

/** What an order earned in points (购物积分, 推荐奖励), for staff. */
@GraphQLApi
public class PointsAwardGraphQL {
    @Inject
    PointsRewardService rewards;
    @Inject
    Provider<Actor> actor;

    @Type("PointsAward")
    @Description("Points given by an earning rule: to the buyer for an order (PURCHASE), to the inviter for an "
            + "invitee's first order (REFERRAL) or a new downline (DOWNLINE)")
    public record PointsAwardNode(@NonNull @Id String id, @NonNull String kind,
                                  @NonNull @Id @Description("Whose wallet earned the points") String customerId,
                                  String orderNumber, @Id String inviteeId,
                                  @NonNull @Description("The money the points were reckoned on") String basis,
                                  @NonNull long points,
                                  @Description("The rule applied; null if none was in force") CheckInGraphQL.PointsRuleNode rule,
                                  @Description("The wallet operation that credited the points") String operationKey,
                                  @NonNull Instant awardedAt) {
        static PointsAwardNode of(PointsAward a) {
            return new PointsAwardNode(a.id().toString(), a.kind().name(), a.customer().toString(),
                    a.orderNumber().orElse(null), a.invitee().map(Object::toString).orElse(null), a.basis().toString(),
                    a.points().value(), a.rule().map(CheckInGraphQL.PointsRuleNode::of).orElse(null),
                    a.operationKey().orElse(null), a.at());
        }
    }

    @Query("pointsAwards")
    @Description("The points awarded for an order: the buyer's and their inviter's, oldest first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull List<@NonNull PointsAwardNode> pointsAwards(@NonNull @Name("orderNumber") String orderNumber) {
        return rewards.awardedFor(actor.get(), orderNumber).stream().map(PointsAwardNode::of).toList();
    }
}
