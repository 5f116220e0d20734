package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Optional;

/** A change of a merchant's wallet settings as the APIs take it: a missing part keeps its value. */
public record WalletSettingsChange(Optional<Money> withdrawalMinimum, Optional<Boolean> transfersEnabled,
                                   Optional<Boolean> pointsExpire) {
    public WalletSettingsChange {
        withdrawalMinimum = withdrawalMinimum == null ? Optional.empty() : withdrawalMinimum;
        transfersEnabled = transfersEnabled == null ? Optional.empty() : transfersEnabled;
        pointsExpire = pointsExpire == null ? Optional.empty() : pointsExpire;
    }
}
