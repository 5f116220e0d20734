package dev.zhanggui.graphql.promotion;

import dev.zhanggui.graphql.promotion.CouponTypes.CouponGrantInput;
import dev.zhanggui.graphql.promotion.PromotionConnections.CodeConnection;
import dev.zhanggui.graphql.promotion.PromotionConnections.CouponConnection;
import dev.zhanggui.graphql.promotion.PromotionConnections.TemplateConnection;
import dev.zhanggui.graphql.promotion.CouponTypes.CouponNode;
import dev.zhanggui.graphql.promotion.CouponTypes.CouponPayload;
import dev.zhanggui.graphql.promotion.CouponTypes.CouponTemplateInput;
import dev.zhanggui.graphql.promotion.CouponTypes.CouponTemplateNode;
import dev.zhanggui.graphql.promotion.CouponTypes.CouponTemplatePayload;
import dev.zhanggui.graphql.promotion.CouponTypes.GrantPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.promotion.CouponCode;
import dev.zhanggui.promotion.CouponIssuance;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coupons over GraphQL: a customer claims with a code (兑换中心) and lists their coupons (我的优惠券);
 * staff define templates and grant coupons (发券). Which coupons apply to a cart is the quote's answer.
 */
@GraphQLApi
public class CouponGraphQL {
    @Inject
    CouponService coupons;
    @Inject
    CouponTemplateService templates;
    @Inject
    CouponIssuance issuance;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;
    @Inject
    Clock clock;

    @Query("myCoupons")
    @Description("The calling customer's coupons, newest first, optionally of one status")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CouponConnection myCoupons(
            @Name("status") @Description("AVAILABLE, RESERVED, USED or EXPIRED") String status,
            @Name("first") @DefaultValue("20") int first, @Name("after") String after) {
        Instant now = clock.instant();
        return CouponConnection.of(coupons.mine(actor.get(), status(status), PageRequest.of(first, after)), now);
    }

    @Mutation("claimCoupon")
    @Description("Claims a coupon with a code (case-insensitive); every limit is checked at once")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CouponPayload claimCoupon(@NonNull @Name("code") String code,
                                              @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("claimCoupon", idempotencyKey, code, CouponPayload.class,
                () -> new CouponPayload(CouponNode.of(coupons.claim(actor.get(), code), clock.instant()), List.of()),
                CouponPayload::refused);
    }

    @Query("couponTemplates")
    @Description("The merchant's coupon templates, newest first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull TemplateConnection couponTemplates(@Name("first") @DefaultValue("20") int first,
                                                       @Name("after") String after) {
        Page<CouponTemplate> page = templates.list(actor.get(), PageRequest.of(first, after));
        return TemplateConnection.of(page, issuance.issued(actor.get().merchant(),
                page.items().stream().map(CouponTemplate::id).toList()));
    }

    @Query("couponCodes")
    @Description("A coupon template's redemption codes (兑换码), by code, and how often each was claimed with")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CodeConnection couponCodes(@NonNull @Id @Name("templateId") String templateId,
                                               @Name("first") @DefaultValue("20") int first,
                                               @Name("after") String after) {
        Page<CouponCode> page = templates.codes(actor.get(), CouponTemplateId.parse(templateId),
                PageRequest.of(first, after));
        return CodeConnection.of(page, issuance.redeemed(actor.get().merchant(),
                page.items().stream().map(CouponCode::code).toList()));
    }

    @Mutation("createCouponTemplate")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CouponTemplatePayload createCouponTemplate(@NonNull @Name("input") CouponTemplateInput input,
                                                               @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createCouponTemplate", idempotencyKey, input, CouponTemplatePayload.class,
                () -> new CouponTemplatePayload(node(templates.create(actor.get(), input.toTerms())), List.of()),
                CouponTemplatePayload::refused);
    }

    @Mutation("addSharedCouponCode")
    @Description("Adds one shared code (e.g. WELCOME10) that up to limit customers may claim with")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CouponTemplatePayload addSharedCouponCode(@NonNull @Id @Name("templateId") String templateId,
                                                              @NonNull @Name("code") String code,
                                                              @Name("limit") int limit,
                                                              @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("addSharedCouponCode", idempotencyKey, Arrays.asList(templateId, code, limit),
                CouponTemplatePayload.class, () -> {
                    CouponTemplateId id = CouponTemplateId.parse(templateId);
                    templates.addSharedCode(actor.get(), id, code, limit);
                    return new CouponTemplatePayload(node(templates.get(actor.get(), id)), List.of());
                }, CouponTemplatePayload::refused);
    }

    @Mutation("grantCoupons")
    @Description("Issues a template's coupons (发券) to all members, a tag, a level or listed customers")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull GrantPayload grantCoupons(@NonNull @Id @Name("templateId") String templateId,
                                              @NonNull @Name("input") CouponGrantInput input,
                                              @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("grantCoupons", idempotencyKey, Arrays.asList(templateId, input), GrantPayload.class,
                () -> GrantPayload.of(coupons.grant(actor.get(), CouponTemplateId.parse(templateId),
                        input.toTarget())), GrantPayload::refused);
    }

    private CouponTemplateNode node(CouponTemplate t) {
        return CouponTemplateNode.of(t, issuance.issued(t.merchant(), t.id()));
    }

    private static Optional<CouponStatus> status(String text) {
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
