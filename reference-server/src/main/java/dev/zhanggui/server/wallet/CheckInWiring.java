package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.CheckInRepository;
import dev.zhanggui.wallet.CheckInRules;
import dev.zhanggui.wallet.CheckInService;
import dev.zhanggui.wallet.MerchantCalendar;
import dev.zhanggui.wallet.PointsExpiry;
import dev.zhanggui.wallet.PointsRuleRepository;
import dev.zhanggui.wallet.WalletRepository;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds daily check-ins, their points rules, and points expiry. */
@ApplicationScoped
public class CheckInWiring {

    @Produces
    @ApplicationScoped
    CheckInRepository checkInRepository(JdbcStatements sql) {
        return new JdbcCheckInRepository(sql);
    }

    @Produces
    @ApplicationScoped
    PointsRuleRepository pointsRuleRepository(JdbcStatements sql, ObjectMapper json) {
        return new JdbcPointsRuleRepository(sql, json);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    MerchantCalendar merchantCalendar() {
        return MerchantCalendar.CHINA;
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    CheckInRules checkInRules() {
        return CheckInRules.withBuiltIns();
    }

    @Produces
    @ApplicationScoped
    PointsExpiry pointsExpiry(JdbcStatements sql, WalletRepository wallets, CustomerRepository customers,
                              MerchantCalendar calendar, Transactions transactions, IdGenerator ids, Clock clock) {
        return new PointsExpiry(new JdbcPointsExpiryQueue(sql), wallets, customers, calendar, transactions, ids, clock);
    }

    @Produces
    @ApplicationScoped
    CheckInService checkInService(CheckInRepository checkIns, PointsRuleRepository rules, CheckInRules registry,
                                  WalletRepository wallets, CustomerRepository customerRepository,
                                  CustomerService customers, MerchantCalendar calendar, Transactions transactions,
                                  IdGenerator ids, Clock clock) {
        return new CheckInService(checkIns, rules, registry, wallets, customerRepository, customers, calendar,
                transactions, ids, clock);
    }
}
