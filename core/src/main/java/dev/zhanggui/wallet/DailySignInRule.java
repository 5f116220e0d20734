package dev.zhanggui.wallet;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code daily_sign_in {points}}: every check-in earns the same points (签到积分, default 10). */
public final class DailySignInRule implements CheckInRule {
    public static final String CODE = "daily_sign_in";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<String> arguments() {
        return Set.of("points");
    }

    @Override
    public Optional<Reward> reward(int streak, Map<String, Long> args) {
        return Optional.of(new Reward(LedgerReason.SIGN_IN, args.get("points")));
    }
}
