package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.WalletAuditEntry;
import dev.zhanggui.wallet.WalletAuditLog;
import dev.zhanggui.wallet.WalletChange;
import dev.zhanggui.wallet.WalletId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The wallet audit trail in PostgreSQL ({@code wallet_audit}, append-only by trigger). */
public class JdbcWalletAuditLog implements WalletAuditLog {
    private static final Keyset<WalletAuditEntry> NEWEST_FIRST = Keyset.newestFirst("id", WalletAuditEntry::id);

    private final JdbcStatements statements;

    public JdbcWalletAuditLog(JdbcStatements statements) {
        this.statements = statements;
    }

    @Override
    public void append(MerchantId merchant, WalletAuditEntry e) {
        statements.update("""
                insert into wallet_audit (id, merchant_id, wallet_id, customer_id, change, before_value, after_value,
                    note, actor_kind, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, e.id());
            s.setString(2, merchant.value());
            s.setObject(3, e.wallet().value());
            s.setObject(4, e.customer().value());
            s.setString(5, e.change().name());
            s.setString(6, e.before());
            s.setString(7, e.after());
            s.setString(8, e.note().orElse(null));
            s.setString(9, e.actorKind().name());
            s.setString(10, e.actor());
            s.setObject(11, JdbcStatements.utc(e.at()));
        });
    }

    @Override
    public Page<WalletAuditEntry> entries(MerchantId merchant, CustomerId customer, PageRequest page) {
        return statements.page("""
                select id, wallet_id, customer_id, change, before_value, after_value, note, actor_kind, actor,
                    occurred_at from wallet_audit where merchant_id = ? and customer_id = ?""",
                List.of(merchant.value(), customer.value()), NEWEST_FIRST, page, JdbcWalletAuditLog::entry);
    }

    private static WalletAuditEntry entry(ResultSet r) throws SQLException {
        return new WalletAuditEntry(r.getObject("id", UUID.class), new WalletId(r.getObject("wallet_id", UUID.class)),
                new CustomerId(r.getObject("customer_id", UUID.class)), WalletChange.valueOf(r.getString("change")),
                r.getString("before_value"), r.getString("after_value"), Optional.ofNullable(r.getString("note")),
                Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor"),
                JdbcStatements.instant(r, "occurred_at"));
    }
}
