package dev.zhanggui.server.wallet;

import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.MerchantWalletSettings;
import dev.zhanggui.wallet.WalletSettingsRepository;
import dev.zhanggui.wallet.WalletSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.List;
import java.util.Set;

/**
 * Builds the per-merchant wallet settings: what merchants saved, and for those that saved nothing
 * the defaults of {@code zhanggui.wallets.*} (withdrawal minimum, the merchants with transfers and
 * with points expiry).
 */
@ApplicationScoped
public class WalletSettingsWiring {

    @Produces
    @ApplicationScoped
    WalletSettingsRepository walletSettingsRepository(JdbcStatements sql) {
        return new JdbcWalletSettingsRepository(sql);
    }

    @Produces
    @ApplicationScoped
    WalletSettingsService walletSettingsService(WalletSettingsRepository repository, WalletSettings config,
                                                Transactions transactions) {
        Money minimum = Money.of(config.withdrawal().minimum());
        Set<String> transfers = Set.copyOf(config.transfer().enabledFor().orElse(List.of()));
        Set<String> expiry = Set.copyOf(config.pointsExpiry().enabledFor().orElse(List.of()));
        return new WalletSettingsService(repository, merchant -> new MerchantWalletSettings(minimum,
                transfers.contains(merchant.value()), expiry.contains(merchant.value()), 0), transactions);
    }

    /** The merchants whose points expire by default, from configuration. */
    static List<MerchantId> pointsExpiryByDefault(WalletSettings config) {
        return config.pointsExpiry().enabledFor().orElse(List.of()).stream().map(MerchantId::of).toList();
    }
}
