package dev.zhanggui.server.order;

import dev.zhanggui.order.HolidayCalendar;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.util.List;

/** The merchant's holidays (法定节假日) in PostgreSQL. */
public class JdbcHolidayCalendar implements HolidayCalendar {
    private final JdbcStatements sql;

    public JdbcHolidayCalendar(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public boolean isHoliday(MerchantId merchant, LocalDate day) {
        return sql.queryOne("select 1 from merchant_holiday where merchant_id = ? and day = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, day);
        }, r -> true).isPresent();
    }

    @Override
    public List<LocalDate> holidays(MerchantId merchant, LocalDate from, LocalDate until) {
        return sql.query("select day from merchant_holiday where merchant_id = ? and day >= ? and day < ? order by day",
                s -> {
                    s.setString(1, merchant.value());
                    s.setObject(2, from);
                    s.setObject(3, until);
                }, r -> r.getObject(1, LocalDate.class));
    }

    @Override
    public void add(MerchantId merchant, LocalDate day) {
        sql.update("insert into merchant_holiday (merchant_id, day) values (?, ?) on conflict do nothing", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, day);
        });
    }

    @Override
    public void remove(MerchantId merchant, LocalDate day) {
        sql.update("delete from merchant_holiday where merchant_id = ? and day = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, day);
        });
    }
}
