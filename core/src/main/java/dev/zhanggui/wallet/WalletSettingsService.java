package dev.zhanggui.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The merchant's wallet settings (钱包设置): admins read and change them, with the version they
 * read (If-Match); withdrawals, transfers and points expiry read them per merchant. A merchant
 * that never saved settings has the defaults the server is configured with.
 */
public final class WalletSettingsService {
    private final WalletSettingsRepository repository;
    private final Function<MerchantId, MerchantWalletSettings> defaults;
    private final Transactions transactions;

    /** @param defaults a merchant's settings before it saved any (version 0), e.g. from configuration */
    public WalletSettingsService(WalletSettingsRepository repository,
                                 Function<MerchantId, MerchantWalletSettings> defaults, Transactions transactions) {
        this.repository = repository;
        this.defaults = defaults;
        this.transactions = transactions;
    }

    public MerchantWalletSettings settings(Actor actor) {
        requireAdmin(actor);
        return of(actor.merchant());
    }

    /** Applies a change over the current settings if they are still at the expected version. */
    public MerchantWalletSettings update(Actor actor, WalletSettingsChange change, Optional<Long> expectedVersion) {
        requireAdmin(actor);
        Money minimum = change.withdrawalMinimum().orElse(null);
        if (minimum != null && (!minimum.hasCurrency(Money.CNY) || minimum.isLessThan(Money.of("1.00"))
                || minimum.isGreaterThan(MerchantWalletSettings.MAX_WITHDRAWAL_MINIMUM))) {
            throw DomainException.invalidField("withdrawalMinimum", ErrorCode.WALLET_SETTINGS_INVALID,
                    "The withdrawal minimum is from 1.00 to " + MerchantWalletSettings.MAX_WITHDRAWAL_MINIMUM);
        }
        return transactions.inTransaction(() -> {
            MerchantWalletSettings now = of(actor.merchant());
            VersionCheck.require(expectedVersion, now.version());
            MerchantWalletSettings changed = new MerchantWalletSettings(
                    change.withdrawalMinimum().orElse(now.withdrawalMinimum()),
                    change.transfersEnabled().orElse(now.transfersEnabled()),
                    change.pointsExpire().orElse(now.pointsExpire()), now.version() + 1);
            if (!repository.save(actor.merchant(), changed, actor.subject())) {
                throw new DomainException(ErrorCode.VERSION_CONFLICT, "The wallet settings were changed meanwhile");
            }
            return changed;
        });
    }

    /** The settings that apply to a merchant: saved, or the defaults. */
    public MerchantWalletSettings of(MerchantId merchant) {
        return transactions.inTransaction(() -> repository.find(merchant).orElseGet(() -> defaults.apply(merchant)));
    }

    /** Whether the merchant lets customers transfer balance, as a {@link TransferPermission}. */
    public TransferPermission transferPermission() {
        return merchant -> of(merchant).transfersEnabled();
    }

    /** The merchants whose points expire: those that saved it so, and those whose defaults say so. */
    public List<MerchantId> merchantsWithPointsExpiry(List<MerchantId> byDefault) {
        Set<MerchantId> candidates = new LinkedHashSet<>(byDefault);
        candidates.addAll(transactions.inTransaction(repository::withPointsExpiry));
        return candidates.stream().filter(m -> of(m).pointsExpire()).toList();
    }

    private static void requireAdmin(Actor actor) {
        if (actor.kind() != Actor.Kind.STAFF_ADMIN) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's admins read and change wallet settings");
        }
    }
}
