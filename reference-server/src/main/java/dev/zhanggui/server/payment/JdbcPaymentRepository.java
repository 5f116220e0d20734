package dev.zhanggui.server.payment;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentNotice;
import dev.zhanggui.payment.PaymentRefund;
import dev.zhanggui.payment.PaymentPurpose;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.payment.PaymentStatus;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Payments, their notices and the refunds of declined ones in PostgreSQL; confirming (and marking
 * refunded) is one conditional update on the status.
 */
public class JdbcPaymentRepository implements PaymentRepository {
    private static final String COLUMNS = """
            id, merchant_id, payer_id, purpose, reference, amount_fen, gateway, status, gateway_trade_no, created_at,
            paid_at""";

    private final JdbcStatements sql;

    public JdbcPaymentRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Payment p) {
        sql.update("insert into payment (" + COLUMNS + ", out_trade_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setObject(1, p.id().value());
                    s.setString(2, p.merchant().value());
                    s.setObject(3, p.payer().value());
                    s.setString(4, p.purpose().name());
                    s.setString(5, p.reference());
                    s.setLong(6, p.amount().minorUnits());
                    s.setString(7, p.gateway());
                    s.setString(8, p.status().name());
                    s.setString(9, p.gatewayTradeNo().orElse(null));
                    s.setObject(10, utc(p.createdAt()));
                    s.setObject(11, utc(p.paidAt().orElse(null)));
                    s.setString(12, p.outTradeNo());
                });
    }

    @Override
    public Optional<Payment> find(MerchantId merchant, PaymentId id) {
        return sql.queryOne("select " + COLUMNS + " from payment where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcPaymentRepository::payment);
    }

    @Override
    public Optional<Payment> findByOutTradeNo(String outTradeNo) {
        return sql.queryOne("select " + COLUMNS + " from payment where out_trade_no = ?",
                s -> s.setString(1, outTradeNo), JdbcPaymentRepository::payment);
    }

    @Override
    public boolean markPaid(PaymentId id, String gatewayTradeNo, Instant paidAt) {
        return sql.update("""
                update payment set status = 'PAID', gateway_trade_no = ?, paid_at = ?
                where id = ? and status = 'PENDING'""", s -> {
            s.setString(1, gatewayTradeNo);
            s.setObject(2, utc(paidAt));
            s.setObject(3, id.value());
        }) == 1;
    }

    @Override
    public boolean markRefunded(PaymentId id) {
        return sql.update("update payment set status = 'REFUNDED' where id = ? and status = 'PAID'",
                s -> s.setObject(1, id.value())) == 1;
    }

    @Override
    public void addRefund(PaymentRefund r) {
        sql.update("""
                insert into payment_refund (merchant_id, out_refund_no, amount_fen, reason, note, created_at, status,
                    attempts, gateway_refund_no, failure, refunded_at, payment_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setString(1, r.merchant().value());
            s.setString(2, r.outRefundNo());
            s.setLong(3, r.amount().minorUnits());
            s.setString(4, r.reason());
            s.setString(5, r.note());
            s.setObject(6, utc(r.createdAt()));
            bindProgress(s, 7, r);
        });
    }

    @Override
    public void updateRefund(PaymentRefund r) {
        sql.update("""
                update payment_refund set status = ?, attempts = ?, gateway_refund_no = ?, failure = ?,
                    refunded_at = ?
                where payment_id = ?""", s -> bindProgress(s, 1, r));
    }

    /** Binds status, attempts, gateway refund number, failure, refunded at and the payment id, from {@code at}. */
    private static void bindProgress(java.sql.PreparedStatement s, int at, PaymentRefund r) throws SQLException {
        s.setString(at, r.status().name());
        s.setInt(at + 1, r.attempts());
        s.setString(at + 2, r.gatewayRefundNo().orElse(null));
        s.setString(at + 3, r.failure().orElse(null));
        s.setObject(at + 4, utc(r.refundedAt().orElse(null)));
        s.setObject(at + 5, r.payment().value());
    }

    @Override
    public Optional<PaymentRefund> refundOf(MerchantId merchant, PaymentId payment) {
        return sql.queryOne("""
                select payment_id, merchant_id, out_refund_no, amount_fen, reason, note, status, attempts,
                    gateway_refund_no, failure, created_at, refunded_at
                from payment_refund where merchant_id = ? and payment_id = ?""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, payment.value());
        }, r -> new PaymentRefund(new PaymentId(r.getObject(1, UUID.class)), MerchantId.of(r.getString(2)),
                r.getString(3), Money.ofMinor(r.getLong(4)), r.getString(5), r.getString(6),
                PaymentRefund.Status.valueOf(r.getString(7)), r.getInt(8), Optional.ofNullable(r.getString(9)),
                Optional.ofNullable(r.getString(10)), instant(r, 11), Optional.ofNullable(instant(r, 12))));
    }

    @Override
    public void recordNotice(PaymentNotice n) {
        sql.update("""
                insert into payment_notice (id, merchant_id, payment_id, gateway, gateway_trade_no, amount_fen, outcome,
                    received_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, n.id());
            s.setString(2, n.merchant().value());
            s.setObject(3, n.payment().value());
            s.setString(4, n.gateway());
            s.setString(5, n.gatewayTradeNo());
            s.setLong(6, n.amountFen());
            s.setString(7, n.outcome().name());
            s.setObject(8, utc(n.receivedAt()));
        });
    }

    @Override
    public List<PaymentNotice> notices(MerchantId merchant, PaymentId payment) {
        return sql.query("""
                select id, merchant_id, payment_id, gateway, gateway_trade_no, amount_fen, outcome, received_at
                from payment_notice where merchant_id = ? and payment_id = ? order by received_at, id""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, payment.value());
        }, r -> new PaymentNotice(r.getObject(1, UUID.class), MerchantId.of(r.getString(2)),
                new PaymentId(r.getObject(3, UUID.class)), r.getString(4), r.getString(5), r.getLong(6),
                PaymentNotice.Outcome.valueOf(r.getString(7)), instant(r, 8)));
    }

    private static Payment payment(ResultSet r) throws SQLException {
        return new Payment(new PaymentId(r.getObject(1, UUID.class)), MerchantId.of(r.getString(2)),
                new CustomerId(r.getObject(3, UUID.class)), PaymentPurpose.valueOf(r.getString(4)), r.getString(5),
                Money.ofMinor(r.getLong(6)), r.getString(7), PaymentStatus.valueOf(r.getString(8)),
                Optional.ofNullable(r.getString(9)), instant(r, 10), Optional.ofNullable(instant(r, 11)));
    }
}
