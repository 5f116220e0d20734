package dev.zhanggui.server.shared;

import dev.zhanggui.catalog.CategoryRepository;
import dev.zhanggui.catalog.CategoryService;
import dev.zhanggui.catalog.SkuDirectory;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StoreRepository;
import dev.zhanggui.catalog.StoreService;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.InviteCodes;
import dev.zhanggui.customer.PhoneNumberPolicy;
import dev.zhanggui.customer.Referrals;
import dev.zhanggui.server.catalog.JdbcStockRepository;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.idempotency.IdempotencyStore;
import dev.zhanggui.shared.idempotency.IdempotentExecution;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Duration;

/** Builds the core's services from the server's adapters; the core itself knows no CDI. */
@ApplicationScoped
public class CoreWiring {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        // PostgreSQL keeps microseconds; with nanoseconds a record as answered at creation would differ
        // from the same record read back (registeredAt 12:00:00.123456789Z, then 12:00:00.123457Z).
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** The plain-JDBC statements the pricing, promotion, payment and wallet adapters share. */
    @Produces
    @ApplicationScoped
    JdbcStatements jdbcStatements(AgroalDataSource dataSource) {
        return new JdbcStatements(dataSource);
    }

    /** Settings rows read once per transaction. */
    @Produces
    @ApplicationScoped
    TransactionMemo transactionMemo(jakarta.transaction.TransactionSynchronizationRegistry registry) {
        return new TransactionMemo(registry);
    }

    /** Member levels, carriers, promotions and pricing rules kept across requests, checked by version. */
    @Produces
    @ApplicationScoped
    MerchantReferenceCache merchantReferenceCache(JdbcStatements sql, TransactionMemo memo) {
        return new MerchantReferenceCache(sql, memo);
    }

    @Produces
    @ApplicationScoped
    IdGenerator idGenerator(Clock clock) {
        return new TimeOrderedIdGenerator(clock);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PhoneNumberPolicy phoneNumberPolicy() {
        return new DefaultPhoneNumberPolicy();
    }

    @Produces
    @ApplicationScoped
    IdempotentExecution idempotentExecution(IdempotencyStore store, Transactions transactions, Clock clock) {
        return new IdempotentExecution(store, transactions, clock);
    }

    @Produces
    @ApplicationScoped
    CustomerService customerService(CustomerRepository customers, PhoneNumberPolicy phones, InviteCodes inviteCodes,
                                    Referrals referrals, Transactions transactions, EventPublisher events,
                                    IdGenerator ids, Clock clock) {
        return new CustomerService(customers, phones, inviteCodes, referrals, transactions, events, ids, clock);
    }

    // --- catalog: categories, stores, stock ------------------------------------------------

    @Produces
    @ApplicationScoped
    CategoryService categoryService(CategoryRepository categories, Transactions transactions, IdGenerator ids,
                                    Clock clock) {
        return new CategoryService(categories, transactions, ids, clock);
    }

    @Produces
    @ApplicationScoped
    StoreService storeService(StoreRepository stores, Transactions transactions, IdGenerator ids, Clock clock) {
        return new StoreService(stores, transactions, ids, clock);
    }

    @Produces
    @ApplicationScoped
    StockRepository stockRepository(JdbcStatements sql, EntityManager em) {
        // A SKU or store written through JPA in the same transaction must reach the database
        // before a stock row refers to it (the native queries of JPA used to flush on their own).
        return new JdbcStockRepository(sql, em::flush);
    }

    @Produces
    @ApplicationScoped
    StockService stockService(StockRepository stock, SkuDirectory skus, StoreRepository stores,
                              Transactions transactions, IdGenerator ids, Clock clock) {
        return new StockService(stock, skus, stores, transactions, ids, clock);
    }
}
