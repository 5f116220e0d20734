package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.CreditStatementService;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.MerchantCalendar;
import dev.zhanggui.wallet.SpendingOrderPolicy;
import dev.zhanggui.wallet.WalletAuditLog;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletRepository;
import dev.zhanggui.wallet.WalletService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/** Builds the wallet use cases from the server's adapters. */
@ApplicationScoped
public class WalletWiring {

    @Produces
    @ApplicationScoped
    WalletRepository walletRepository(AgroalDataSource dataSource, EntityManager em) {
        // A customer registered through JPA in the same transaction must reach the database
        // before the wallet row that references it.
        return new JdbcWalletRepository(dataSource, em::flush);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    SpendingOrderPolicy spendingOrderPolicy() {
        return new DefaultSpendingOrderPolicy();
    }

    @Produces
    @ApplicationScoped
    WalletAuditLog walletAuditLog(AgroalDataSource dataSource) {
        return new JdbcWalletAuditLog(new JdbcStatements(dataSource));
    }

    @Produces
    @ApplicationScoped
    WalletService walletService(WalletRepository wallets, CustomerRepository customerRepository,
                                CustomerService customers, SpendingOrderPolicy spendingOrder, WalletAuditLog auditLog,
                                Transactions transactions, IdGenerator ids, Clock clock) {
        return new WalletService(wallets, customerRepository, customers, spendingOrder, auditLog, transactions, ids,
                clock);
    }

    @Produces
    @ApplicationScoped
    WalletPaymentService walletPaymentService(WalletRepository wallets, CustomerRepository customerRepository,
                                              CustomerService customers, SpendingOrderPolicy spendingOrder,
                                              Transactions transactions, IdGenerator ids, Clock clock) {
        return new WalletPaymentService(wallets, customerRepository, customers, spendingOrder, transactions, ids,
                clock);
    }

    @Produces
    @ApplicationScoped
    CreditStatementService creditStatementService(WalletRepository wallets, CustomerRepository customerRepository,
                                                  CustomerService customers, MerchantCalendar calendar,
                                                  Transactions transactions, IdGenerator ids, Clock clock) {
        return new CreditStatementService(wallets, customerRepository, customers, calendar, transactions, ids, clock);
    }

    @Produces
    @ApplicationScoped
    WalletReconciliation walletReconciliation(WalletRepository wallets, Transactions transactions, Clock clock) {
        return new WalletReconciliation(wallets, transactions, clock);
    }
}
