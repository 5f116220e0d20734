package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultMemberLevelPolicy;
import dev.zhanggui.customer.MemberLevelPolicy;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.customer.MemberLevelSettings;
import dev.zhanggui.customer.PointsStandings;
import dev.zhanggui.pricing.CarrierRepository;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.CouponSources;
import dev.zhanggui.pricing.FlashPriceRepository;
import dev.zhanggui.pricing.FlashPriceService;
import dev.zhanggui.pricing.FlashPurchases;
import dev.zhanggui.pricing.LevelPriceRepository;
import dev.zhanggui.pricing.LevelPriceService;
import dev.zhanggui.pricing.PriceListRepository;
import dev.zhanggui.pricing.PriceListService;
import dev.zhanggui.pricing.PriceTierSources;
import dev.zhanggui.pricing.PricingCatalog;
import dev.zhanggui.pricing.PricingSettings;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.server.shared.TransactionMemo;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * Builds the pricing use cases (member levels, customer groups, level prices, price lists,
 * time-limited prices, carriers, the quote) from the JDBC adapters of this package.
 */
@ApplicationScoped
public class PricingWiring {

    /** One row per merchant answers three ports: pricing, member level and gift pack settings. */
    @Produces
    @ApplicationScoped
    JdbcPricingSettings jdbcPricingSettings(JdbcStatements sql, TransactionMemo memo, MerchantReferenceCache cache) {
        return new JdbcPricingSettings(sql, memo, cache);
    }

    @Produces
    @ApplicationScoped
    MemberLevelRepository memberLevelRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        return new JdbcMemberLevelRepository(sql, cache);
    }

    @Produces
    @ApplicationScoped
    CustomerGroupRepository customerGroupRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        return new JdbcCustomerGroupRepository(sql, cache);
    }

    @Produces
    @ApplicationScoped
    LevelPriceRepository levelPriceRepository(JdbcStatements sql) {
        return new JdbcLevelPriceRepository(sql);
    }

    @Produces
    @ApplicationScoped
    PriceListRepository priceListRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        return new JdbcPriceListRepository(sql, cache);
    }

    @Produces
    @ApplicationScoped
    FlashPriceRepository flashPriceRepository(JdbcStatements sql) {
        return new JdbcFlashPriceRepository(sql);
    }

    @Produces
    @ApplicationScoped
    CarrierRepository carrierRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        return new JdbcCarrierRepository(sql, cache);
    }

    @Produces
    @ApplicationScoped
    PricingCatalog pricingCatalog(JdbcStatements sql, TransactionMemo memo, MerchantReferenceCache cache) {
        return new SqlPricingCatalog(sql, memo, cache);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PointsStandings pointsStandings(JdbcStatements sql) {
        return new WalletPointsStandings(sql);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    MemberLevelPolicy memberLevelPolicy() {
        return new DefaultMemberLevelPolicy();
    }

    @Produces
    @ApplicationScoped
    MemberLevelService memberLevelService(MemberLevelRepository levels, MemberLevelSettings settings,
                                          PointsStandings standings, MemberLevelPolicy policy,
                                          Transactions transactions, IdGenerator ids) {
        return new MemberLevelService(levels, settings, standings, policy, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    CustomerGroupService customerGroupService(CustomerGroupRepository groups, CustomerRepository customers,
                                              Transactions transactions, IdGenerator ids) {
        return new CustomerGroupService(groups, customers, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    LevelPriceService levelPriceService(LevelPriceRepository prices, MemberLevelRepository levels,
                                        Transactions transactions) {
        return new LevelPriceService(prices, levels, transactions);
    }

    @Produces
    @ApplicationScoped
    PriceListService priceListService(PriceListRepository lists, CustomerGroupRepository groups,
                                      CustomerRepository customers, Transactions transactions, IdGenerator ids) {
        return new PriceListService(lists, groups, customers, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    FlashPriceService flashPriceService(FlashPriceRepository prices, Transactions transactions, IdGenerator ids) {
        return new FlashPriceService(prices, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    CarrierService carrierService(CarrierRepository carriers, Transactions transactions, IdGenerator ids) {
        return new CarrierService(carriers, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    QuoteService quoteService(PricingCatalog catalog, MemberLevelService levels, LevelPriceRepository levelPrices,
                              CustomerGroupRepository groups, PriceListRepository priceLists,
                              FlashPriceRepository flashPrices, FlashPurchases flashPurchases,
                              PricingSettings settings, PromotionService promotions, CouponRepository coupons,
                              CouponTemplateRepository templates, CarrierRepository carriers,
                              CustomerService customers, Transactions transactions, Clock clock) {
        return new QuoteService(catalog,
                new PriceTierSources(levels, levelPrices, groups, priceLists, flashPrices, flashPurchases, settings),
                new CouponSources(promotions, coupons, templates), carriers, customers, transactions, clock);
    }
}
