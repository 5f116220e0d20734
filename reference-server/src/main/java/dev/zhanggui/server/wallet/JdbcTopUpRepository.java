package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.TopUp;
import dev.zhanggui.wallet.TopUpPlanId;
import dev.zhanggui.wallet.TopUpRepository;

import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Customers' online top-ups in PostgreSQL. */
public class JdbcTopUpRepository implements TopUpRepository {
    private final JdbcStatements sql;

    public JdbcTopUpRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(TopUp t) {
        sql.update("""
                insert into topup (payment_id, merchant_id, customer_id, plan_id, principal_fen, bonus_fen, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, t.payment().value());
            s.setString(2, t.merchant().value());
            s.setObject(3, t.customer().value());
            s.setObject(4, t.plan().map(TopUpPlanId::value).orElse(null), java.sql.Types.OTHER);
            s.setLong(5, t.principal().minorUnits());
            s.setLong(6, t.bonus().minorUnits());
            s.setObject(7, utc(t.createdAt()));
        });
    }

    @Override
    public Optional<TopUp> find(MerchantId merchant, PaymentId payment) {
        return sql.queryOne("""
                select payment_id, merchant_id, customer_id, plan_id, principal_fen, bonus_fen, created_at
                from topup where merchant_id = ? and payment_id = ?""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, payment.value());
        }, r -> new TopUp(new PaymentId(r.getObject(1, UUID.class)), MerchantId.of(r.getString(2)),
                new CustomerId(r.getObject(3, UUID.class)),
                Optional.ofNullable(r.getObject(4, UUID.class)).map(TopUpPlanId::new), Money.ofMinor(r.getLong(5)),
                Money.ofMinor(r.getLong(6)), instant(r, 7)));
    }
}
