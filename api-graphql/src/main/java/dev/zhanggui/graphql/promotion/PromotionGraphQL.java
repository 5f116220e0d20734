package dev.zhanggui.graphql.promotion;

import dev.zhanggui.graphql.promotion.PromotionConnections.PromotionConnection;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionId;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.promotion.PromotionTerms;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Promotions (营销活动) over GraphQL, stored as registered {code, args} rules; staff and integrators only. */
@GraphQLApi
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
public class PromotionGraphQL {
    @Inject
    PromotionService promotions;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("PromotionArgument")
    public record ArgumentNode(@NonNull String name, @NonNull String value) {
    }

    @Input("PromotionArgumentInput")
    public record ArgumentInput(@NonNull String name, @NonNull String value) {
    }

    @Type("PromotionRule")
    public record RuleNode(@NonNull String code, @NonNull List<@NonNull ArgumentNode> args) {
        static RuleNode of(PromotionRule r) {
            return new RuleNode(r.code(), r.args().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new ArgumentNode(e.getKey(), e.getValue())).toList());
        }
    }

    @Input("PromotionRuleInput")
    public record RuleInput(@NonNull String code, List<ArgumentInput> args) {
        PromotionRule toRule() {
            Map<String, String> map = new LinkedHashMap<>();
            if (args != null) {
                args.forEach(a -> map.put(a.name(), a.value()));
            }
            return PromotionRule.of(code.strip(), map);
        }
    }

    @Type("Promotion")
    public record PromotionNode(@NonNull @Id String id, @NonNull String name, @NonNull String validFrom,
                                String validUntil, @NonNull List<@NonNull RuleNode> conditions,
                                @NonNull RuleNode action, int priority, boolean enabled, long version) {
        static PromotionNode of(Promotion p) {
            return new PromotionNode(p.id().value().toString(), p.name(), p.window().from().toString(),
                    p.window().until().map(Instant::toString).orElse(null),
                    p.conditions().stream().map(RuleNode::of).toList(), RuleNode.of(p.action()), p.priority(),
                    p.enabled(), p.version());
        }
    }

    @Input("PromotionInput")
    public record PromotionInput(@NonNull String name, @NonNull String validFrom, String validUntil,
                                 List<RuleInput> conditions, @NonNull RuleInput action, Integer priority) {
        PromotionTerms toTerms() {
            ErrorCode invalid = ErrorCode.PROMOTION_INVALID;
            ValidityWindow window = ValidityWindow.of(PricingFields.instant("window.from", validFrom, invalid).orElse(null),
                    PricingFields.instant("window.until", validUntil, invalid).orElse(null), "window", invalid);
            return new PromotionTerms(name, window, conditions == null ? List.of()
                    : conditions.stream().map(RuleInput::toRule).toList(), action.toRule(),
                    priority == null ? 0 : priority);
        }
    }

    @Type("PromotionPayload")
    public record PromotionPayload(PromotionNode promotion, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static PromotionPayload refused(List<UserError> errors) {
            return new PromotionPayload(null, errors);
        }
    }

    @Query("promotions")
    @Description("The merchant's promotions, newest first")
    public @NonNull PromotionConnection promotions(@Name("first") @DefaultValue("20") int first,
                                                   @Name("after") String after) {
        return PromotionConnection.of(promotions.list(actor.get(), PageRequest.of(first, after)));
    }

    @Mutation("createPromotion")
    public @NonNull PromotionPayload createPromotion(@NonNull @Name("input") PromotionInput input,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("createPromotion", idempotencyKey, input, PromotionPayload.class,
                () -> new PromotionPayload(PromotionNode.of(promotions.create(actor.get(), input.toTerms())), List.of()),
                PromotionPayload::refused);
    }

    @Mutation("enablePromotion")
    public @NonNull PromotionPayload enablePromotion(@NonNull @Id @Name("id") String id,
                                                     @Name("enabled") boolean enabled,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("enablePromotion", idempotencyKey, Arrays.asList(id, enabled), PromotionPayload.class,
                () -> new PromotionPayload(PromotionNode.of(promotions.enable(actor.get(), PromotionId.parse(id),
                        enabled)), List.of()), PromotionPayload::refused);
    }

    @Mutation("removePromotion")
    public @NonNull PromotionPayload removePromotion(@NonNull @Id @Name("id") String id,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("removePromotion", idempotencyKey, id, PromotionPayload.class, () -> {
            Promotion removed = promotions.get(actor.get(), PromotionId.parse(id));
            promotions.remove(actor.get(), removed.id());
            return new PromotionPayload(PromotionNode.of(removed), List.of());
        }, PromotionPayload::refused);
    }
}
