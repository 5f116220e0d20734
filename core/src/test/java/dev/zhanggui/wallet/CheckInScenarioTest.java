package dev.zhanggui.wallet;

import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.inmemory.InMemoryCheckInRepository;
import dev.zhanggui.wallet.inmemory.InMemoryPointsRuleRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 每日签到: 10 points a day, streak bonuses within a calendar month, days in Asia/Shanghai. */
class CheckInScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-06-01T01:00:00Z"));
    private final CheckInService checkIns = new CheckInService(new InMemoryCheckInRepository(),
            new InMemoryPointsRuleRepository(), CheckInRules.withBuiltIns(), f.walletRepository, f.customerRepository,
            f.customers, MerchantCalendar.CHINA, f.transactions, f.ids, clock);
    private final Actor zhang = Actor.customer(WalletFixture.SHOP, "zhang", "13800007777");

    /** 09:00 in Shanghai on that day. */
    private void morningOf(String day) {
        clock.set(Instant.parse(day + "T01:00:00Z"));
    }

    private long points() {
        return f.wallets.myWallet(zhang).points().value();
    }

    private CheckInOutcome checkInOn(String day) {
        morningOf(day);
        return checkIns.checkIn(zhang);
    }

    @Test
    void a_check_in_earns_10_points_once_a_day() {
        CheckInOutcome first = checkInOn("2026-06-03");

        assertThat(first.checkIn().points()).isEqualTo(10);
        assertThat(first.checkIn().streak()).isEqualTo(1);
        assertThat(first.operation().entries()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.SIGN_IN);
            assertThat(e.asset()).isEqualTo(Asset.POINTS);
        });
        clock.advance(Duration.ofHours(13)); // 22:00 in Shanghai, same day
        assertThatThrownBy(() -> checkIns.checkIn(zhang)).extracting("code").isEqualTo(ErrorCode.CHECK_IN_ALREADY_DONE);
        assertThat(points()).isEqualTo(10);
    }

    @Test
    void the_day_turns_at_midnight_in_shanghai_not_in_utc() {
        clock.set(Instant.parse("2026-06-08T15:59:00Z")); // 23:59 on the 8th in Shanghai
        checkIns.checkIn(zhang);
        clock.set(Instant.parse("2026-06-08T16:01:00Z")); // 00:01 on the 9th in Shanghai, still the 8th in UTC

        CheckInOutcome next = checkIns.checkIn(zhang);

        assertThat(next.checkIn().day()).hasToString("2026-06-09");
        assertThat(next.checkIn().streak()).isEqualTo(2);
        assertThat(points()).isEqualTo(20);
    }

    @Test
    void seven_days_in_a_row_earn_30_on_top_on_the_seventh() {
        for (int day = 1; day <= 6; day++) {
            checkInOn("2026-06-0" + day);
        }

        CheckInOutcome seventh = checkInOn("2026-06-07");

        assertThat(seventh.checkIn().streak()).isEqualTo(7);
        assertThat(seventh.checkIn().points()).isEqualTo(40);
        assertThat(seventh.operation().entries()).extracting(LedgerEntry::reason, LedgerEntry::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerReason.SIGN_IN, 10L),
                        org.assertj.core.groups.Tuple.tuple(LedgerReason.STREAK_BONUS, 30L));
        assertThat(points()).isEqualTo(7 * 10 + 30);
        assertThat(checkInOn("2026-06-08").checkIn().points()).isEqualTo(10);
    }

    @Test
    void a_whole_month_earns_every_streak_bonus_once() {
        for (int day = 1; day <= 30; day++) {
            checkInOn("2026-06-%02d".formatted(day));
        }

        assertThat(points()).isEqualTo(30 * 10 + 30 + 50 + 100);
        assertThat(checkIns.myCheckInsThisMonth(zhang)).hasSize(30).last()
                .satisfies(c -> assertThat(c.streak()).isEqualTo(30));
    }

    @Test
    void the_streak_starts_again_on_the_first_of_the_month() {
        for (int day = 25; day <= 30; day++) {
            checkInOn("2026-06-" + day);
        }

        CheckInOutcome july1 = checkInOn("2026-07-01");

        assertThat(july1.checkIn().streak()).isEqualTo(1);
        assertThat(july1.checkIn().points()).isEqualTo(10);
        for (int day = 2; day <= 6; day++) {
            checkInOn("2026-07-0" + day);
        }
        assertThat(checkInOn("2026-07-07").checkIn().points()).isEqualTo(40);
        assertThat(checkIns.myCheckInsThisMonth(zhang)).hasSize(7);
    }

    @Test
    void the_month_end_is_the_shanghai_one() {
        clock.set(Instant.parse("2026-06-30T15:30:00Z")); // 23:30 on 30 June in Shanghai
        checkIns.checkIn(zhang);
        clock.set(Instant.parse("2026-06-30T16:30:00Z")); // 00:30 on 1 July in Shanghai, 30 June in UTC

        CheckInOutcome next = checkIns.checkIn(zhang);

        assertThat(next.checkIn().day()).hasToString("2026-07-01");
        assertThat(next.checkIn().streak()).isEqualTo(1);
    }

    @Test
    void a_missed_day_starts_the_streak_again() {
        checkInOn("2026-06-01");
        checkInOn("2026-06-02");

        assertThat(checkInOn("2026-06-04").checkIn().streak()).isEqualTo(1);
    }

    @Test
    void the_merchant_sets_its_own_rules_checked_before_they_are_kept() {
        assertThat(checkIns.rules(f.staff)).isEqualTo(CheckInRules.DEFAULTS);
        checkIns.setRules(f.staff, List.of(PointsRule.of("daily_sign_in", Map.of("points", "5")),
                PointsRule.of("monthly_streak_bonus", Map.of("days", "2", "points", "20"))));

        checkInOn("2026-06-01");
        assertThat(checkInOn("2026-06-02").checkIn().points()).isEqualTo(25);

        assertThatThrownBy(() -> checkIns.setRules(f.staff, List.of(PointsRule.of("lottery", Map.of()),
                PointsRule.of("daily_sign_in", Map.of("points", "-1")),
                PointsRule.of("monthly_streak_bonus", Map.of("days", "40", "points", "1", "extra", "1")))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("rules[0].code",
                                "rules[1].args.points", "rules[2].args.extra", "rules[2].args"));
        assertThatThrownBy(() -> checkIns.setRules(zhang, List.of())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> checkIns.checkIn(f.staff)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void with_no_rules_a_check_in_is_recorded_without_points() {
        checkIns.setRules(f.staff, List.of());

        assertThat(checkInOn("2026-06-01").checkIn().points()).isZero();
        assertThatThrownBy(() -> checkIns.checkIn(zhang)).extracting("code").isEqualTo(ErrorCode.CHECK_IN_ALREADY_DONE);
        assertThat(f.wallets.myWallet(zhang).points()).isEqualTo(Points.zero());
    }
}
