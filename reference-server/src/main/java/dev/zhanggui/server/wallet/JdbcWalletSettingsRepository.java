package dev.zhanggui.server.wallet;

import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.MerchantWalletSettings;
import dev.zhanggui.wallet.WalletSettingsRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Merchants' wallet settings in PostgreSQL ({@code wallet_settings}), saved with a version check. */
public class JdbcWalletSettingsRepository implements WalletSettingsRepository {
    private final JdbcStatements statements;

    public JdbcWalletSettingsRepository(JdbcStatements statements) {
        this.statements = statements;
    }

    @Override
    public Optional<MerchantWalletSettings> find(MerchantId merchant) {
        return statements.queryOne("""
                select withdrawal_minimum_fen, transfers_enabled, points_expire, version
                from wallet_settings where merchant_id = ?""", s -> s.setString(1, merchant.value()),
                r -> new MerchantWalletSettings(Money.ofMinor(r.getLong(1)), r.getBoolean(2), r.getBoolean(3),
                        r.getLong(4)));
    }

    @Override
    public boolean save(MerchantId merchant, MerchantWalletSettings settings, String actor) {
        // The first save inserts (version 1); later ones update only the version they read.
        int changed = statements.update("""
                insert into wallet_settings (merchant_id, withdrawal_minimum_fen, transfers_enabled, points_expire,
                    version, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (merchant_id) do update set withdrawal_minimum_fen = excluded.withdrawal_minimum_fen,
                    transfers_enabled = excluded.transfers_enabled, points_expire = excluded.points_expire,
                    version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                where wallet_settings.version = excluded.version - 1""", s -> {
            s.setString(1, merchant.value());
            s.setLong(2, settings.withdrawalMinimum().minorUnits());
            s.setBoolean(3, settings.transfersEnabled());
            s.setBoolean(4, settings.pointsExpire());
            s.setLong(5, settings.version());
            s.setObject(6, JdbcStatements.utc(Instant.now()));
            s.setString(7, actor);
        });
        return changed == 1;
    }

    @Override
    public List<MerchantId> withPointsExpiry() {
        return statements.query("select merchant_id from wallet_settings where points_expire order by merchant_id",
                s -> { }, r -> MerchantId.of(r.getString(1)));
    }
}
