package dev.zhanggui.graphql.pricing;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.customer.PointsStanding;
import dev.zhanggui.customer.PointsStandings;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.LevelNode;
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

/** The calling customer's member level (我的会员等级), computed from their points at every reading. */
@GraphQLApi
public class MyMemberLevelGraphQL {
    @Inject
    MemberLevelService levels;
    @Inject
    CustomerService customers;
    @Inject
    PointsStandings standings;
    @Inject
    Provider<Actor> actor;

    @Type("MyMemberLevel")
    @Description("The level the calling customer holds now (none below the lowest requirement), and their points")
    public record MyLevelNode(LevelNode level, @NonNull String basis, long lifetimeEarnedPoints, long currentPoints) {
    }

    @Query("myMemberLevel")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull MyLevelNode myMemberLevel() {
        Actor me = actor.get();
        CustomerId customer = customers.myId(me);
        PointsStanding standing = standings.standingOf(me.merchant(), customer);
        return new MyLevelNode(levels.levelOf(me.merchant(), customer).map(LevelNode::of).orElse(null),
                levels.basis(me).name(), standing.lifetimeEarned().value(), standing.current().value());
    }
}
