package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.LedgerTotals;
import dev.zhanggui.wallet.SubBalance;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletId;
import dev.zhanggui.wallet.WalletRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Wallets and their ledgers in PostgreSQL, in plain JDBC for the hot path: an operation is one
 * {@code select ... for update} of the wallet row (the one lock per wallet), one conditional
 * {@code update} of it, and one batched insert of its entries, all in the caller's transaction
 * (the connection is the one the data source has enlisted in it). No statement here updates or
 * deletes an entry, and a trigger refuses it anyway.
 */
public class JdbcWalletRepository implements WalletRepository {
    private static final String WALLET_COLUMNS = """
            id, merchant_id, customer_id, created_at, principal_fen, bonus_fen, points, credit_limit_fen,
            credit_in_use_fen, frozen, version""";
    private static final String ENTRY_COLUMNS = """
            id, wallet_id, customer_id, operation_key, line, asset, sub_balance, amount, balance_after, reason,
            cause_kind, cause_ref, corrects, note, actor_kind, actor, occurred_at""";

    private final DataSource dataSource;
    private final JdbcStatements statements;
    private final Runnable beforeWalletInsert;

    /**
     * @param beforeWalletInsert runs before a new wallet row is inserted, e.g. to flush a customer
     *                           registered by JPA in the same transaction so the foreign key sees it
     */
    public JdbcWalletRepository(DataSource dataSource, Runnable beforeWalletInsert) {
        this.dataSource = dataSource;
        this.statements = new JdbcStatements(dataSource);
        this.beforeWalletInsert = beforeWalletInsert;
    }

    @Override
    public Optional<Wallet> lock(MerchantId merchant, CustomerId customer) {
        return findWallet(merchant, customer, " for update");
    }

    @Override
    public Optional<Wallet> find(MerchantId merchant, CustomerId customer) {
        return findWallet(merchant, customer, "");
    }

    @Override
    public void addIfMissing(Wallet wallet) {
        beforeWalletInsert.run();
        statements.update("""
                insert into wallet (%s, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (merchant_id, customer_id) do nothing""".formatted(WALLET_COLUMNS), s -> {
            s.setObject(1, wallet.id().value());
            s.setString(2, wallet.merchant().value());
            s.setObject(3, wallet.customer().value());
            s.setObject(4, utc(wallet.createdAt()));
            s.setLong(5, wallet.principal().minorUnits());
            s.setLong(6, wallet.bonus().minorUnits());
            s.setLong(7, wallet.points().value());
            s.setLong(8, wallet.creditLimit().minorUnits());
            s.setLong(9, wallet.creditInUse().minorUnits());
            s.setBoolean(10, wallet.frozen());
            s.setLong(11, wallet.version());
            s.setObject(12, utc(wallet.createdAt()));
        });
    }

    @Override
    public void store(Wallet wallet) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    update wallet set principal_fen = ?, bonus_fen = ?, points = ?, credit_limit_fen = ?,
                        credit_in_use_fen = ?, frozen = ?, updated_at = now(), version = version + 1
                    where id = ? and merchant_id = ? and version = ?""")) {
                s.setLong(1, wallet.principal().minorUnits());
                s.setLong(2, wallet.bonus().minorUnits());
                s.setLong(3, wallet.points().value());
                s.setLong(4, wallet.creditLimit().minorUnits());
                s.setLong(5, wallet.creditInUse().minorUnits());
                s.setBoolean(6, wallet.frozen());
                s.setObject(7, wallet.id().value());
                s.setString(8, wallet.merchant().value());
                s.setLong(9, wallet.version());
                if (s.executeUpdate() != 1) {
                    throw new DomainException(ErrorCode.VERSION_CONFLICT, "The wallet changed meanwhile");
                }
            }
            List<LedgerEntry> entries = wallet.appendedEntries();
            if (!entries.isEmpty()) {
                insertEntries(c, wallet.merchant(), entries);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw DomainException.invalidField("operationKey", ErrorCode.WALLET_OPERATION_KEY_REUSED,
                        "This operation was applied already");
            }
            throw new IllegalStateException("storing wallet " + wallet.id() + " failed", e);
        }
        wallet.stored(wallet.version() + 1);
    }

    @Override
    public List<LedgerEntry> operation(MerchantId merchant, WalletId wallet, String operationKey) {
        return entries("where merchant_id = ? and wallet_id = ? and operation_key = ? order by line", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, wallet.value());
            s.setString(3, operationKey);
        });
    }

    @Override
    public Optional<LedgerEntry> entry(MerchantId merchant, WalletId wallet, UUID entry) {
        return entries("where merchant_id = ? and wallet_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, wallet.value());
            s.setObject(3, entry);
        }).stream().findFirst();
    }

    @Override
    public List<LedgerEntry> correctionsOf(MerchantId merchant, WalletId wallet, Collection<UUID> corrected) {
        if (corrected.isEmpty()) {
            return List.of();
        }
        return entries("where merchant_id = ? and wallet_id = ? and corrects = any (?) order by id", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, wallet.value());
            s.setArray(3, s.getConnection().createArrayOf("uuid", corrected.toArray()));
        });
    }

    @Override
    public Page<LedgerEntry> entries(MerchantId merchant, WalletId wallet, LedgerFilter filter, PageRequest page) {
        Optional<UUID> after = page.afterPosition().map(JdbcWalletRepository::cursor);
        StringBuilder where = new StringBuilder("where merchant_id = ? and wallet_id = ?");
        List<Object> values = new ArrayList<>(List.of(merchant.value(), wallet.value()));
        filter.asset().ifPresent(a -> add(where, values, " and asset = ?", a.name()));
        filter.reason().ifPresent(r -> add(where, values, " and reason = ?", r.name()));
        filter.from().ifPresent(f -> add(where, values, " and occurred_at >= ?", utc(f)));
        filter.to().ifPresent(t -> add(where, values, " and occurred_at < ?", utc(t)));
        after.ifPresent(a -> add(where, values, " and id < ?", a));
        where.append(" order by id desc limit ?");
        values.add(page.limit() + 1);
        List<LedgerEntry> rows = entries(where.toString(), s -> {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
        });
        return Page.fromOverfetch(rows, page.limit(), e -> e.id().toString());
    }

    @Override
    public List<LedgerTotals> totals(MerchantId merchant, Optional<WalletId> after, int limit) {
        // One statement: the wallet rows and the sums of their entries come from one snapshot.
        String sql = """
                select w.id, w.merchant_id, w.customer_id, w.created_at, w.principal_fen, w.bonus_fen, w.points,
                    w.credit_limit_fen, w.credit_in_use_fen, w.frozen, w.version,
                    coalesce(sum(e.amount) filter (where e.sub_balance = 'PRINCIPAL'), 0),
                    coalesce(sum(e.amount) filter (where e.sub_balance = 'BONUS'), 0),
                    coalesce(sum(e.amount) filter (where e.asset = 'POINTS'), 0),
                    coalesce(sum(e.amount) filter (where e.asset = 'CREDIT'), 0),
                    count(e.id)
                from wallet w left join wallet_entry e on e.wallet_id = w.id
                where w.merchant_id = ? and w.id > ?
                group by w.id order by w.id limit ?""";
        return statements.query(sql, s -> {
            s.setString(1, merchant.value());
            s.setObject(2, after.map(WalletId::value).orElse(new UUID(0, 0)));
            s.setInt(3, limit);
        }, r -> new LedgerTotals(wallet(r), Map.of("PRINCIPAL", r.getLong(12), "BONUS", r.getLong(13),
                "POINTS", r.getLong(14), "CREDIT", r.getLong(15)), r.getLong(16)));
    }

    // --- rows ------------------------------------------------------------------------------

    private Optional<Wallet> findWallet(MerchantId merchant, CustomerId customer, String lock) {
        return statements.query("select " + WALLET_COLUMNS + " from wallet where merchant_id = ? and customer_id = ?" + lock,
                s -> {
                    s.setString(1, merchant.value());
                    s.setObject(2, customer.value());
                }, JdbcWalletRepository::wallet).stream().findFirst();
    }

    private static Wallet wallet(ResultSet r) throws SQLException {
        return Wallet.restore(new WalletId(r.getObject(1, UUID.class)), MerchantId.of(r.getString(2)),
                new CustomerId(r.getObject(3, UUID.class)), r.getObject(4, OffsetDateTime.class).toInstant(),
                r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getBoolean(10),
                r.getLong(11));
    }

    private void insertEntries(Connection c, MerchantId merchant, List<LedgerEntry> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into wallet_entry (" + ENTRY_COLUMNS
                + ", merchant_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerEntry e : entries) {
                s.setObject(1, e.id());
                s.setObject(2, e.wallet().value());
                s.setObject(3, e.customer().value());
                s.setString(4, e.operationKey());
                s.setInt(5, e.line());
                s.setString(6, e.asset().name());
                s.setString(7, e.subBalance().map(Enum::name).orElse(null));
                s.setLong(8, e.amount());
                s.setLong(9, e.balanceAfter());
                s.setString(10, e.reason().name());
                s.setString(11, e.cause().kind().name());
                s.setString(12, e.cause().reference());
                s.setObject(13, e.corrects().orElse(null), java.sql.Types.OTHER);
                s.setString(14, e.note().orElse(null));
                s.setString(15, e.actorKind().name());
                s.setString(16, e.actor());
                s.setObject(17, utc(e.at()));
                s.setString(18, merchant.value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private List<LedgerEntry> entries(String where, JdbcStatements.Binder binder) {
        return statements.query("select " + ENTRY_COLUMNS + " from wallet_entry " + where, binder, JdbcWalletRepository::entry);
    }

    private static LedgerEntry entry(ResultSet r) throws SQLException {
        return new LedgerEntry(r.getObject(1, UUID.class), new WalletId(r.getObject(2, UUID.class)),
                new CustomerId(r.getObject(3, UUID.class)), r.getString(4), r.getInt(5), Asset.valueOf(r.getString(6)),
                Optional.ofNullable(r.getString(7)).map(SubBalance::valueOf), r.getLong(8), r.getLong(9),
                LedgerReason.valueOf(r.getString(10)), new Cause(Cause.Kind.valueOf(r.getString(11)), r.getString(12)),
                Optional.ofNullable(r.getObject(13, UUID.class)), Optional.ofNullable(r.getString(14)),
                Actor.Kind.valueOf(r.getString(15)), r.getString(16), r.getObject(17, OffsetDateTime.class).toInstant());
    }

    private static void add(StringBuilder where, List<Object> values, String condition, Object value) {
        where.append(condition);
        values.add(value);
    }

    private static UUID cursor(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
