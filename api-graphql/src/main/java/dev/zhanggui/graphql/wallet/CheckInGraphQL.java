package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.CheckIn;
import dev.zhanggui.wallet.CheckInService;
import dev.zhanggui.wallet.PointsRule;
import dev.zhanggui.wallet.PointsRuleBook;
import dev.zhanggui.wallet.PointsRulesService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/** Daily check-ins (每日签到) and the points rules (check-in and earning rules) over GraphQL. */
@GraphQLApi
public class CheckInGraphQL {
    @Inject
    CheckInService checkIns;
    @Inject
    PointsRulesService pointsRules;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("CheckIn")
    @Description("A daily check-in (签到): the business day in the merchant's time zone, the streak this month, the points")
    public record CheckInNode(@NonNull LocalDate day, @NonNull int streak, @NonNull long points, @NonNull Instant at) {
        static CheckInNode of(CheckIn c) {
            return new CheckInNode(c.day(), c.streak(), c.points(), c.at());
        }
    }

    @Type("CheckInPayload")
    public record CheckInPayload(CheckInNode checkIn, Long pointsBalance, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static CheckInPayload refused(List<UserError> errors) {
            return new CheckInPayload(null, null, errors);
        }
    }

    @Type("PointsRuleArgument")
    public record RuleArgument(@NonNull String name, @NonNull String value) {
    }

    @Type("PointsRule")
    @Description("A points rule as {code, args}. Check-in rules: daily_sign_in {points}, monthly_streak_bonus "
            + "{days, points}. Earning rules: purchase_reward {points, perYuan}, referral_first_order {points}, "
            + "downline_bonus {points, maxCount}")
    public record PointsRuleNode(@NonNull String code, @NonNull List<@NonNull RuleArgument> args) {
        static PointsRuleNode of(PointsRule r) {
            return new PointsRuleNode(r.code(), r.args().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new RuleArgument(e.getKey(), e.getValue())).toList());
        }
    }

    @Input("PointsRuleArgumentInput")
    public record RuleArgumentInput(@NonNull String name, @NonNull String value) {
    }

    @Input("PointsRuleInput")
    public record PointsRuleInput(@NonNull String code, List<@NonNull RuleArgumentInput> args) {
        PointsRule toCore() {
            return PointsRule.of(code, args == null ? Map.of() : args.stream()
                    .collect(Collectors.toMap(RuleArgumentInput::name, RuleArgumentInput::value, (a, b) -> b)));
        }
    }

    @Type("PointsRulesPayload")
    public record PointsRulesPayload(@Description("The check-in rules in force") List<@NonNull PointsRuleNode> rules,
                                     @Description("The earning rules in force") List<@NonNull PointsRuleNode> earningRules,
                                     @NonNull List<@NonNull UserError> errors) implements Payload {
        static PointsRulesPayload of(PointsRuleBook book) {
            return new PointsRulesPayload(book.checkIn().stream().map(PointsRuleNode::of).toList(),
                    book.earning().stream().map(PointsRuleNode::of).toList(), List.of());
        }

        static PointsRulesPayload refused(List<UserError> errors) {
            return new PointsRulesPayload(null, null, errors);
        }
    }

    @Mutation("checkIn")
    @Description("Check in today and earn its points; CHECK_IN_ALREADY_DONE the second time a day")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CheckInPayload checkIn(@Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("checkIn", idempotencyKey, "", CheckInPayload.class, () -> {
            var outcome = checkIns.checkIn(actor.get());
            return new CheckInPayload(CheckInNode.of(outcome.checkIn()), outcome.operation().wallet().points().value(),
                    List.of());
        }, CheckInPayload::refused);
    }

    @Query("myCheckIns")
    @Description("The calling customer's check-ins this month, oldest first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull List<@NonNull CheckInNode> myCheckIns() {
        return checkIns.myCheckInsThisMonth(actor.get()).stream().map(CheckInNode::of).toList();
    }

    @Query("pointsRules")
    @Description("The check-in rules in force (the defaults until the merchant sets its own)")
    @PermitAll
    public @NonNull List<@NonNull PointsRuleNode> pointsRules() {
        return pointsRules.rules(actor.get()).checkIn().stream().map(PointsRuleNode::of).toList();
    }

    @Query("earningRules")
    @Description("The earning rules in force: points for purchases and referrals (the defaults until the merchant sets its own)")
    @PermitAll
    public @NonNull List<@NonNull PointsRuleNode> earningRules() {
        return pointsRules.rules(actor.get()).earning().stream().map(PointsRuleNode::of).toList();
    }

    @Mutation("setPointsRules")
    @Description("Replace the check-in rules (rules), the earning rules (earningRules), or both; a part left out stays")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull PointsRulesPayload setPointsRules(@Name("rules") List<PointsRuleInput> rules,
                                                      @Name("earningRules") List<PointsRuleInput> earningRules,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setPointsRules", idempotencyKey, Arrays.asList(rules, earningRules),
                PointsRulesPayload.class,
                () -> PointsRulesPayload.of(pointsRules.replace(actor.get(), toCore(rules), toCore(earningRules))),
                PointsRulesPayload::refused);
    }

    /** Both lists are optional (a part left out stays), so their items cannot be declared non-null; a null item names no rule. */
    private static Optional<List<PointsRule>> toCore(List<PointsRuleInput> rules) {
        return Optional.ofNullable(rules).map(list -> list.stream()
                .map(r -> r == null ? PointsRule.of("", Map.of()) : r.toCore()).toList());
    }
}
