package dev.zhanggui.wallet;

import dev.zhanggui.wallet.inmemory.InMemoryWalletAuditLog;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import dev.zhanggui.wallet.inmemory.InMemoryWalletRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The wallet use cases on in-memory ports, with a shop, its staff and customers. */
final class WalletFixture {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final MerchantId OTHER_SHOP = MerchantId.of("other");
    final Clock clock;
    final TimeOrderedIdGenerator ids;
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
    final InMemoryWalletRepository walletRepository = new InMemoryWalletRepository();
    final InMemoryWalletAuditLog auditLog = new InMemoryWalletAuditLog();
    final CustomerService customers;
    final SpendingOrderPolicy policy = new DefaultSpendingOrderPolicy();
    final WalletService wallets;
    final WalletPaymentService payments;
    final WalletReconciliation reconciliation;
    final Actor staff = Actor.staff(SHOP, "staff-1");
    private int phones;

    WalletFixture() {
        this(Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC));
    }

    WalletFixture(Clock clock) {
        this.clock = clock;
        this.ids = new TimeOrderedIdGenerator(clock);
        this.customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(), transactions,
                new RecordingEventPublisher(), ids, clock);
        this.wallets = new WalletService(walletRepository, customerRepository, customers, policy, auditLog,
                transactions, ids, clock);
        this.payments = new WalletPaymentService(walletRepository, customerRepository, customers, policy,
                transactions, ids, clock);
        this.reconciliation = new WalletReconciliation(walletRepository, transactions, clock);
    }

    CustomerId customer(String phone) {
        return customers.create(staff, new NewCustomer(phone, null, null, List.of())).id();
    }

    CustomerId newCustomer() {
        return customer("1380000%04d".formatted(++phones));
    }
}
