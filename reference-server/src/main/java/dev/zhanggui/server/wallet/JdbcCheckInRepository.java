package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.CheckIn;
import dev.zhanggui.wallet.CheckInRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Check-ins in PostgreSQL; the primary key (merchant, customer, day) refuses a second one a day. */
public class JdbcCheckInRepository implements CheckInRepository {
    private static final String COLUMNS = "merchant_id, customer_id, day, streak, points, checked_in_at";

    private final JdbcStatements sql;

    public JdbcCheckInRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<CheckIn> latest(MerchantId merchant, CustomerId customer) {
        return sql.queryOne("select " + COLUMNS + " from check_in where merchant_id = ? and customer_id = ?"
                + " order by day desc limit 1", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, JdbcCheckInRepository::checkIn);
    }

    @Override
    public void add(CheckIn c) {
        try {
            sql.update("insert into check_in (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)", s -> {
                s.setString(1, c.merchant().value());
                s.setObject(2, c.customer().value());
                s.setObject(3, c.day());
                s.setInt(4, c.streak());
                s.setLong(5, c.points());
                s.setObject(6, utc(c.at()));
            });
        } catch (JdbcStatements.UniqueViolation e) {
            throw new DomainException(ErrorCode.CHECK_IN_ALREADY_DONE, "Checked in on " + c.day() + " already");
        }
    }

    @Override
    public List<CheckIn> since(MerchantId merchant, CustomerId customer, LocalDate from) {
        return sql.query("select " + COLUMNS + " from check_in where merchant_id = ? and customer_id = ? and day >= ?"
                + " order by day limit 31", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
            s.setObject(3, from);
        }, JdbcCheckInRepository::checkIn);
    }

    private static CheckIn checkIn(ResultSet r) throws SQLException {
        return new CheckIn(MerchantId.of(r.getString(1)), new CustomerId(r.getObject(2, UUID.class)),
                r.getObject(3, LocalDate.class), r.getInt(4), r.getLong(5), instant(r, 6));
    }
}
