package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.wallet.WalletViews.LedgerEntryView;
import dev.zhanggui.wallet.CheckIn;
import dev.zhanggui.wallet.CheckInOutcome;
import dev.zhanggui.wallet.PointsRule;
import dev.zhanggui.wallet.PointsRuleBook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Check-ins and points rules as the API shows and takes them. */
public final class CheckInViews {
    private CheckInViews() {
    }

    @Schema(name = "CheckIn", description = "A daily check-in (签到) and the points it earned")
    public record CheckInView(@Schema(description = "The business day, in the merchant's time zone") LocalDate day,
                              @Schema(description = "Consecutive days this calendar month, today included") int streak,
                              long points, Instant at) {
        public static CheckInView of(CheckIn c) {
            return new CheckInView(c.day(), c.streak(), c.points(), c.at());
        }
    }

    @Schema(name = "CheckInResult", description = "A check-in done, with the ledger entries of its points")
    public record CheckInResultView(CheckInView checkIn, long pointsBalance, List<LedgerEntryView> entries) {
        public static CheckInResultView of(CheckInOutcome o) {
            return new CheckInResultView(CheckInView.of(o.checkIn()), o.operation().wallet().points().value(),
                    o.operation().entries().stream().map(LedgerEntryView::of).toList());
        }
    }

    @Schema(name = "PointsRule", description = "A points rule as {code, args}. Check-in rules: daily_sign_in {points}, "
            + "monthly_streak_bonus {days, points}. Earning rules: purchase_reward {points, perYuan}, "
            + "referral_first_order {points}, downline_bonus {points, maxCount}")
    public record PointsRuleView(@Schema(example = "monthly_streak_bonus") String code,
                                 @Schema(example = "{\"days\": \"7\", \"points\": \"30\"}") Map<String, String> args) {
        public static PointsRuleView of(PointsRule r) {
            return new PointsRuleView(r.code(), r.args());
        }

        PointsRule toCore() {
            return PointsRule.of(code == null ? "" : code, args);
        }
    }

    @Schema(name = "PointsRules", description = "The merchant's points rules: check-in rules (rules) and earning rules "
            + "(earningRules), each the defaults until set. In a PUT, a part left out stays as it is")
    public record PointsRulesView(@Schema(nullable = true, description = "The check-in rules, in order") List<PointsRuleView> rules,
                                  @Schema(nullable = true, description = "The earning rules: purchases and referrals, "
                                          + "at most one per occasion") List<PointsRuleView> earningRules) {
        public static PointsRulesView of(PointsRuleBook book) {
            return new PointsRulesView(book.checkIn().stream().map(PointsRuleView::of).toList(),
                    book.earning().stream().map(PointsRuleView::of).toList());
        }

        static Optional<List<PointsRule>> toCore(List<PointsRuleView> views) {
            return Optional.ofNullable(views).map(list -> list.stream()
                    .map(r -> r == null ? new PointsRuleView("", null) : r).map(PointsRuleView::toCore).toList());
        }
    }
}
