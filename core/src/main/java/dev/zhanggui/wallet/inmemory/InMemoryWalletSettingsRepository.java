package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.MerchantWalletSettings;
import dev.zhanggui.wallet.WalletSettingsRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merchants' wallet settings in memory, for tests and embedding. */
public final class InMemoryWalletSettingsRepository implements WalletSettingsRepository {
    private final Map<MerchantId, MerchantWalletSettings> saved = new HashMap<>();

    @Override
    public synchronized Optional<MerchantWalletSettings> find(MerchantId merchant) {
        return Optional.ofNullable(saved.get(merchant));
    }

    @Override
    public synchronized boolean save(MerchantId merchant, MerchantWalletSettings settings, String actor) {
        long stored = Optional.ofNullable(saved.get(merchant)).map(MerchantWalletSettings::version).orElse(0L);
        if (stored != settings.version() - 1) {
            return false;
        }
        saved.put(merchant, settings);
        return true;
    }

    @Override
    public synchronized List<MerchantId> withPointsExpiry() {
        return saved.entrySet().stream().filter(e -> e.getValue().pointsExpire()).map(Map.Entry::getKey).toList();
    }
}
