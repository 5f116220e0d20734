package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.CheckIn;
import dev.zhanggui.wallet.CheckInService;
import dev.zhanggui.wallet.PointsRule;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Daily check-ins (每日签到) and their points rules over GraphQL. */
@GraphQLApi
public class CheckInGraphQL {
    @Inject
    CheckInService checkIns;
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
    @Description("A points rule as {code, args}: daily_sign_in {points}, monthly_streak_bonus {days, points}")
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
    public record PointsRulesPayload(List<@NonNull PointsRuleNode> rules, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static PointsRulesPayload refused(List<UserError> errors) {
            return new PointsRulesPayload(null, errors);
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
        return checkIns.rules(actor.get()).stream().map(PointsRuleNode::of).toList();
    }

    @Mutation("setPointsRules")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull PointsRulesPayload setPointsRules(@NonNull @Name("rules") List<@NonNull PointsRuleInput> rules,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setPointsRules", idempotencyKey, rules, PointsRulesPayload.class,
                () -> new PointsRulesPayload(checkIns.setRules(actor.get(),
                        rules.stream().map(PointsRuleInput::toCore).toList()).stream().map(PointsRuleNode::of).toList(),
                        List.of()),
                PointsRulesPayload::refused);
    }
}
