package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.TopUpConfirmation;
import dev.zhanggui.wallet.TopUpPlanRepository;
import dev.zhanggui.wallet.TopUpRepository;
import dev.zhanggui.wallet.TopUpService;
import dev.zhanggui.wallet.WalletRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds top-ups (plans, online top-ups, and the handler that credits a confirmed one). */
@ApplicationScoped
public class TopUpWiring {

    @Produces
    @ApplicationScoped
    TopUpPlanRepository topUpPlanRepository(JdbcStatements sql) {
        return new JdbcTopUpPlanRepository(sql);
    }

    @Produces
    @ApplicationScoped
    TopUpRepository topUpRepository(JdbcStatements sql) {
        return new JdbcTopUpRepository(sql);
    }

    @Produces
    @ApplicationScoped
    TopUpConfirmation topUpConfirmation(TopUpRepository topUps, WalletRepository wallets,
                                        CustomerRepository customers, Transactions transactions, IdGenerator ids,
                                        Clock clock) {
        return new TopUpConfirmation(topUps, wallets, customers, transactions, ids, clock);
    }

    @Produces
    @ApplicationScoped
    TopUpService topUpService(TopUpPlanRepository plans, TopUpRepository topUps, PaymentService payments,
                              CustomerService customers, Transactions transactions, IdGenerator ids, Clock clock) {
        return new TopUpService(plans, topUps, payments, customers, transactions, ids, clock);
    }
}
