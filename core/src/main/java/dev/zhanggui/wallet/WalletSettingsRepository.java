package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: the wallet settings merchants saved; a merchant without a row has the defaults. */
public interface WalletSettingsRepository {
    Optional<MerchantWalletSettings> find(MerchantId merchant);

    /**
     * Stores the settings if the stored version is still {@code settings.version() - 1} (0: none
     * stored yet); answers false when someone else saved in between.
     */
    boolean save(MerchantId merchant, MerchantWalletSettings settings, String actor);

    /** The merchants that saved settings with points expiring. */
    List<MerchantId> withPointsExpiry();
}
