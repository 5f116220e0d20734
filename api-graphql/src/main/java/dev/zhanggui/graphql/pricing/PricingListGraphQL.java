package dev.zhanggui.graphql.pricing;

import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.graphql.pricing.PricingConnections.CarrierConnection;
import dev.zhanggui.graphql.pricing.PricingConnections.FlashPriceConnection;
import dev.zhanggui.graphql.pricing.PricingConnections.GroupConnection;
import dev.zhanggui.graphql.pricing.PricingConnections.LevelConnection;
import dev.zhanggui.graphql.pricing.PricingConnections.MemberConnection;
import dev.zhanggui.graphql.pricing.PricingConnections.PriceListConnection;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.FlashPriceService;
import dev.zhanggui.graphql.pricing.PricingConnections.LevelPriceConnection;
import dev.zhanggui.pricing.LevelPriceService;
import dev.zhanggui.pricing.PriceListService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The lists of the pricing administration over GraphQL, as Relay connections ({@code first} 1-100,
 * default 20, and {@code after} an end cursor): member levels and their level prices, customer
 * groups and their members, price lists, time-limited prices and carriers. A page size outside
 * 1-100 or a tampered cursor is a top-level error (PAGE_LIMIT_INVALID, PAGE_CURSOR_INVALID).
 */
@GraphQLApi
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
public class PricingListGraphQL {
    @Inject
    MemberLevelService levels;
    @Inject
    LevelPriceService levelPrices;
    @Inject
    CustomerGroupService groups;
    @Inject
    PriceListService priceLists;
    @Inject
    FlashPriceService flashPrices;
    @Inject
    CarrierService carriers;
    @Inject
    Provider<Actor> actor;

    @Query("memberLevels")
    @Description("The merchant's member levels, lowest requirement first")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull LevelConnection memberLevels(@Name("first") @DefaultValue("20") int first,
                                                 @Name("after") String after) {
        return LevelConnection.of(levels.list(actor.get(), PageRequest.of(first, after)));
    }

    @Query("levelPrices")
    @Description("A member level's fixed SKU prices (等级会员价), by SKU id")
    public @NonNull LevelPriceConnection levelPrices(@NonNull @Id @Name("levelId") String levelId,
                                                     @Name("first") @DefaultValue("20") int first,
                                                     @Name("after") String after) {
        return LevelPriceConnection.of(levelPrices.list(actor.get(), MemberLevelId.parse(levelId),
                PageRequest.of(first, after)));
    }

    @Query("customerGroups")
    @Description("The merchant's customer groups (客户分组), newest first")
    public @NonNull GroupConnection customerGroups(@Name("first") @DefaultValue("20") int first,
                                                   @Name("after") String after) {
        return GroupConnection.of(groups.list(actor.get(), PageRequest.of(first, after)));
    }

    @Query("customerGroupMembers")
    @Description("A customer group's members, in registration order")
    public @NonNull MemberConnection customerGroupMembers(@NonNull @Id @Name("groupId") String groupId,
                                                          @Name("first") @DefaultValue("20") int first,
                                                          @Name("after") String after) {
        return MemberConnection.of(groups.members(actor.get(), CustomerGroupId.parse(groupId),
                PageRequest.of(first, after)));
    }

    @Query("priceLists")
    @Description("The merchant's price lists (价格表), newest first")
    public @NonNull PriceListConnection priceLists(@Name("first") @DefaultValue("20") int first,
                                                   @Name("after") String after) {
        return PriceListConnection.of(priceLists.list(actor.get(), PageRequest.of(first, after)));
    }

    @Query("flashPrices")
    @Description("The merchant's time-limited prices (限时购), newest first")
    public @NonNull FlashPriceConnection flashPrices(@Name("first") @DefaultValue("20") int first,
                                                     @Name("after") String after) {
        return FlashPriceConnection.of(flashPrices.list(actor.get(), PageRequest.of(first, after)));
    }

    @Query("carriers")
    @Description("Carriers in the order they were added: all for staff, the enabled ones for customers")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CarrierConnection carriers(@Name("first") @DefaultValue("20") int first,
                                               @Name("after") String after) {
        return CarrierConnection.of(carriers.list(actor.get(), PageRequest.of(first, after)));
    }
}
