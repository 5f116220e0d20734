package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.WalletRepository;
import dev.zhanggui.wallet.WithdrawalRepository;
import dev.zhanggui.wallet.WithdrawalService;
import dev.zhanggui.wallet.WalletSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds withdrawals (提现). */
@ApplicationScoped
public class WithdrawalWiring {

    @Produces
    @ApplicationScoped
    WithdrawalRepository withdrawalRepository(JdbcStatements sql) {
        return new JdbcWithdrawalRepository(sql);
    }

    @Produces
    @ApplicationScoped
    WithdrawalService withdrawalService(WithdrawalRepository withdrawals, WalletRepository wallets,
                                        CustomerRepository customerRepository, CustomerService customers,
                                        WalletSettingsService settings, Transactions transactions,
                                        IdGenerator ids, Clock clock) {
        return new WithdrawalService(withdrawals, wallets, customerRepository, customers,
                merchant -> settings.of(merchant).withdrawal(), transactions, ids, clock);
    }
}
