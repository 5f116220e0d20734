package dev.zhanggui.graphql.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.LevelBasis;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.CarrierInput;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.CarrierNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.CarrierPayload;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.FlashPriceInput;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.FlashPriceNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.FlashPricePayload;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.GroupNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.GroupPayload;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.LevelInput;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.LevelNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.LevelPayload;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.PriceListInput;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.PriceListNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.PriceListPayload;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.RemovalPayload;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.SettingsNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.SettingsPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPriceService;
import dev.zhanggui.pricing.LevelPriceService;
import dev.zhanggui.pricing.PriceListId;
import dev.zhanggui.pricing.PriceListService;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.PricingSettings;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.pricing.UnitPriceRule;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pricing administration over GraphQL: member levels and level prices, customer groups, price
 * lists, time-limited prices, carriers and the merchant's pricing settings; staff, admins and
 * integrators write. The lists are {@link PricingListGraphQL}'s.
 */
@GraphQLApi
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
public class PricingAdminGraphQL {
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
    QuoteService quotes;
    @Inject
    PricingSettings settings;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Mutation("createMemberLevel")
    public @NonNull LevelPayload createMemberLevel(@NonNull @Name("input") LevelInput input,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createMemberLevel", idempotencyKey, input, LevelPayload.class,
                () -> new LevelPayload(LevelNode.of(levels.create(actor.get(), input.toLevel())), List.of()),
                LevelPayload::refused);
    }

    @Mutation("updateMemberLevel")
    public @NonNull LevelPayload updateMemberLevel(@NonNull @Id @Name("id") String id,
                                                   @NonNull @Name("input") LevelInput input,
                                                   @Name("expectedVersion") Long expectedVersion,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateMemberLevel", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                LevelPayload.class, () -> new LevelPayload(LevelNode.of(levels.update(actor.get(),
                        MemberLevelId.parse(id), input.toLevel(), java.util.Optional.ofNullable(expectedVersion))),
                        List.of()), LevelPayload::refused);
    }

    @Mutation("removeMemberLevel")
    public @NonNull RemovalPayload removeMemberLevel(@NonNull @Id @Name("id") String id,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removeMemberLevel", idempotencyKey, id, RemovalPayload.class, () -> {
            levels.remove(actor.get(), MemberLevelId.parse(id));
            return new RemovalPayload(id, List.of());
        }, RemovalPayload::refused);
    }

    @Mutation("setLevelPrice")
    @Description("Fixes what members of a level pay for a SKU (等级会员价)")
    public @NonNull LevelPayload setLevelPrice(@NonNull @Id @Name("levelId") String levelId,
                                               @NonNull @Id @Name("skuId") String skuId,
                                               @NonNull @Name("price") String price,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setLevelPrice", idempotencyKey, Arrays.asList(levelId, skuId, price), LevelPayload.class,
                () -> {
                    MemberLevelId level = MemberLevelId.parse(levelId);
                    levelPrices.set(actor.get(), level, SkuId.parse(skuId),
                            PricingFields.requiredMoney("price", price, ErrorCode.LEVEL_PRICE_INVALID));
                    return new LevelPayload(LevelNode.of(levels.get(actor.get(), level)), List.of());
                }, LevelPayload::refused);
    }

    @Mutation("createCustomerGroup")
    public @NonNull GroupPayload createCustomerGroup(@NonNull @Name("name") String name,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createCustomerGroup", idempotencyKey, name, GroupPayload.class,
                () -> new GroupPayload(GroupNode.of(groups.create(actor.get(), name)), List.of()),
                GroupPayload::refused);
    }

    @Mutation("renameCustomerGroup")
    public @NonNull GroupPayload renameCustomerGroup(@NonNull @Id @Name("id") String id,
                                                     @NonNull @Name("name") String name,
                                                     @Name("expectedVersion") Long expectedVersion,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("renameCustomerGroup", idempotencyKey, Arrays.asList(id, name, expectedVersion),
                GroupPayload.class, () -> new GroupPayload(GroupNode.of(groups.rename(actor.get(),
                        CustomerGroupId.parse(id), name, java.util.Optional.ofNullable(expectedVersion))), List.of()),
                GroupPayload::refused);
    }

    @Mutation("addCustomerGroupMembers")
    public @NonNull GroupPayload addCustomerGroupMembers(@NonNull @Id @Name("groupId") String groupId,
                                                         @NonNull @Name("customers") List<@NonNull String> customers,
                                                         @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("addCustomerGroupMembers", idempotencyKey, Arrays.asList(groupId, customers),
                GroupPayload.class, () -> new GroupPayload(GroupNode.of(groups.admit(actor.get(),
                        CustomerGroupId.parse(groupId), customers.stream().map(c -> new CustomerId(
                                PricingAdminTypes.uuid("customers", c, ErrorCode.CUSTOMER_NOT_FOUND))).toList())),
                        List.of()), GroupPayload::refused);
    }

    @Mutation("createPriceList")
    public @NonNull PriceListPayload createPriceList(@NonNull @Name("input") PriceListInput input,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createPriceList", idempotencyKey, input, PriceListPayload.class,
                () -> new PriceListPayload(PriceListNode.of(priceLists.create(actor.get(), input.toTerms())),
                        List.of()), PriceListPayload::refused);
    }

    @Mutation("updatePriceList")
    @Description("Replace a price list's terms and entries; expectedVersion guards against lost updates")
    public @NonNull PriceListPayload updatePriceList(@NonNull @Id @Name("id") String id,
                                                     @NonNull @Name("input") PriceListInput input,
                                                     @Name("expectedVersion") Long expectedVersion,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updatePriceList", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                PriceListPayload.class, () -> new PriceListPayload(PriceListNode.of(priceLists.update(actor.get(),
                        PriceListId.parse(id), input.toTerms(), java.util.Optional.ofNullable(expectedVersion))),
                        List.of()), PriceListPayload::refused);
    }

    @Mutation("removePriceList")
    public @NonNull RemovalPayload removePriceList(@NonNull @Id @Name("id") String id,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removePriceList", idempotencyKey, id, RemovalPayload.class, () -> {
            priceLists.remove(actor.get(), PriceListId.parse(id));
            return new RemovalPayload(id, List.of());
        }, RemovalPayload::refused);
    }

    @Mutation("createFlashPrice")
    public @NonNull FlashPricePayload createFlashPrice(@NonNull @Name("input") FlashPriceInput input,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createFlashPrice", idempotencyKey, input, FlashPricePayload.class,
                () -> new FlashPricePayload(FlashPriceNode.of(flashPrices.create(actor.get(), input.toTerms())),
                        List.of()), FlashPricePayload::refused);
    }

    @Mutation("updateFlashPrice")
    @Description("Change a time-limited price; expectedVersion guards against lost updates")
    public @NonNull FlashPricePayload updateFlashPrice(@NonNull @Id @Name("id") String id,
                                                       @NonNull @Name("input") FlashPriceInput input,
                                                       @Name("expectedVersion") Long expectedVersion,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateFlashPrice", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                FlashPricePayload.class, () -> new FlashPricePayload(FlashPriceNode.of(flashPrices.update(actor.get(),
                        FlashPriceId.parse(id), input.toTerms(), java.util.Optional.ofNullable(expectedVersion))),
                        List.of()), FlashPricePayload::refused);
    }

    @Mutation("createCarrier")
    public @NonNull CarrierPayload createCarrier(@NonNull @Name("input") CarrierInput input,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createCarrier", idempotencyKey, input, CarrierPayload.class,
                () -> new CarrierPayload(CarrierNode.of(carriers.create(actor.get(), input.name(), input.toRate(),
                        input.toRegionalRates())), List.of()), CarrierPayload::refused);
    }

    @Mutation("updateCarrier")
    public @NonNull CarrierPayload updateCarrier(@NonNull @Id @Name("id") String id,
                                                 @NonNull @Name("input") CarrierInput input,
                                                 @Name("expectedVersion") Long expectedVersion,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateCarrier", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                CarrierPayload.class, () -> new CarrierPayload(CarrierNode.of(carriers.update(actor.get(),
                        CarrierId.parse(id), input.name(), input.toRate(), input.toRegionalRates(),
                        java.util.Optional.ofNullable(expectedVersion))), List.of()), CarrierPayload::refused);
    }

    @Mutation("removeFlashPrice")
    public @NonNull RemovalPayload removeFlashPrice(@NonNull @Id @Name("id") String id,
                                                    @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removeFlashPrice", idempotencyKey, id, RemovalPayload.class, () -> {
            flashPrices.remove(actor.get(), FlashPriceId.parse(id));
            return new RemovalPayload(id, List.of());
        }, RemovalPayload::refused);
    }

    @Mutation("removeCustomerGroupMembers")
    public @NonNull GroupPayload removeCustomerGroupMembers(@NonNull @Id @Name("groupId") String groupId,
                                                            @NonNull @Name("customers") List<@NonNull String> members,
                                                            @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removeCustomerGroupMembers", idempotencyKey, Arrays.asList(groupId, members),
                GroupPayload.class, () -> new GroupPayload(GroupNode.of(groups.dismiss(actor.get(),
                        CustomerGroupId.parse(groupId), members.stream().map(c -> new CustomerId(
                                PricingAdminTypes.uuid("customers", c, ErrorCode.CUSTOMER_NOT_FOUND))).toList())),
                        List.of()), GroupPayload::refused);
    }

    @Mutation("removeCustomerGroup")
    public @NonNull RemovalPayload removeCustomerGroup(@NonNull @Id @Name("id") String id,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removeCustomerGroup", idempotencyKey, id, RemovalPayload.class, () -> {
            groups.remove(actor.get(), CustomerGroupId.parse(id));
            return new RemovalPayload(id, List.of());
        }, RemovalPayload::refused);
    }

    @Mutation("enableCarrier")
    public @NonNull CarrierPayload enableCarrier(@NonNull @Id @Name("id") String id,
                                                 @Name("enabled") boolean enabled,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("enableCarrier", idempotencyKey, Arrays.asList(id, enabled), CarrierPayload.class,
                () -> new CarrierPayload(CarrierNode.of(carriers.enable(actor.get(), CarrierId.parse(id), enabled)),
                        List.of()), CarrierPayload::refused);
    }

    @Query("pricingSettings")
    public @NonNull SettingsNode pricingSettings() {
        return settingsNode();
    }

    @Mutation("updatePricingSettings")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull SettingsPayload updatePricingSettings(
            @Name("unitPriceRule") @Description("LOWEST or PRICE_LIST_FIRST") String unitPriceRule,
            @Name("levelBasis") @Description("LIFETIME_EARNED or CURRENT") String levelBasis,
            @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updatePricingSettings", idempotencyKey, Arrays.asList(unitPriceRule, levelBasis),
                SettingsPayload.class, () -> {
                    if (unitPriceRule != null) {
                        quotes.chooseUnitPriceRule(actor.get(), named("unitPriceRule", unitPriceRule, UnitPriceRule.class));
                    }
                    if (levelBasis != null) {
                        levels.chooseBasis(actor.get(), named("levelBasis", levelBasis, LevelBasis.class));
                    }
                    return new SettingsPayload(settingsNode(), List.of());
                }, SettingsPayload::refused);
    }

    private SettingsNode settingsNode() {
        return new SettingsNode(settings.unitPriceRule(actor.get().merchant()).name(), levels.basis(actor.get()).name());
    }

    private static <E extends Enum<E>> E named(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, ErrorCode.VALIDATION_FAILED, field + " is not one of the choices");
        }
    }
}
