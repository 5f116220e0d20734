package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.Withdrawal;
import dev.zhanggui.wallet.WithdrawalId;
import dev.zhanggui.wallet.WithdrawalRepository;
import dev.zhanggui.wallet.WithdrawalStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Withdrawals in PostgreSQL; a change is conditional on the version it read. */
public class JdbcWithdrawalRepository implements WithdrawalRepository {
    private static final String COLUMNS = """
            id, merchant_id, customer_id, amount_fen, status, hold_entry, note, requested_at, updated_at, version""";

    private final JdbcStatements sql;

    public JdbcWithdrawalRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Withdrawal w) {
        sql.update("insert into withdrawal (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, w.id().value());
            s.setString(2, w.merchant().value());
            s.setObject(3, w.customer().value());
            s.setLong(4, w.amount().minorUnits());
            s.setString(5, w.status().name());
            s.setObject(6, w.holdEntry());
            s.setString(7, w.note().orElse(null));
            s.setObject(8, utc(w.requestedAt()));
            s.setObject(9, utc(w.updatedAt()));
            s.setLong(10, w.version());
        });
    }

    @Override
    public Optional<Withdrawal> find(MerchantId merchant, WithdrawalId id) {
        return sql.queryOne("select " + COLUMNS + " from withdrawal where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcWithdrawalRepository::withdrawal);
    }

    @Override
    public Withdrawal update(Withdrawal w) {
        int changed = sql.update("""
                update withdrawal set status = ?, note = ?, updated_at = ?, version = version + 1
                where merchant_id = ? and id = ? and version = ?""", s -> {
            s.setString(1, w.status().name());
            s.setString(2, w.note().orElse(null));
            s.setObject(3, utc(w.updatedAt()));
            s.setString(4, w.merchant().value());
            s.setObject(5, w.id().value());
            s.setLong(6, w.version());
        });
        if (changed != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The withdrawal changed meanwhile");
        }
        return new Withdrawal(w.id(), w.merchant(), w.customer(), w.amount(), w.status(), w.holdEntry(), w.note(),
                w.requestedAt(), w.updatedAt(), w.version() + 1);
    }

    @Override
    public Page<Withdrawal> list(MerchantId merchant, Optional<CustomerId> customer, Optional<WithdrawalStatus> status,
                                 PageRequest page) {
        StringBuilder where = new StringBuilder("where merchant_id = ?");
        List<Object> values = new ArrayList<>(List.of(merchant.value()));
        customer.ifPresent(c -> {
            where.append(" and customer_id = ?");
            values.add(c.value());
        });
        status.ifPresent(st -> {
            where.append(" and status = ?");
            values.add(st.name());
        });
        page.afterPosition().ifPresent(a -> {
            where.append(" and id < ?");
            values.add(cursor(a));
        });
        values.add(page.limit() + 1);
        List<Withdrawal> rows = sql.query("select " + COLUMNS + " from withdrawal " + where
                + " order by id desc limit ?", s -> {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
        }, JdbcWithdrawalRepository::withdrawal);
        return Page.fromOverfetch(rows, page.limit(), w -> w.id().toString());
    }

    private static UUID cursor(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    private static Withdrawal withdrawal(ResultSet r) throws SQLException {
        return new Withdrawal(new WithdrawalId(r.getObject(1, UUID.class)), MerchantId.of(r.getString(2)),
                new CustomerId(r.getObject(3, UUID.class)), Money.ofMinor(r.getLong(4)),
                WithdrawalStatus.valueOf(r.getString(5)), r.getObject(6, UUID.class),
                Optional.ofNullable(r.getString(7)), instant(r, 8), instant(r, 9), r.getLong(10));
    }
}
