package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.customer.MemberLevelSettings;
import dev.zhanggui.promotion.CouponAudience;
import dev.zhanggui.promotion.CouponCodeRepository;
import dev.zhanggui.promotion.CouponIssuance;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.GiftPackSettings;
import dev.zhanggui.promotion.PromotionRegistry;
import dev.zhanggui.promotion.PromotionRepository;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/** Builds the promotion and coupon use cases from the JDBC adapters of this package. */
@ApplicationScoped
public class PromotionWiring {

    @Produces
    @ApplicationScoped
    @DefaultBean
    PromotionRegistry promotionRegistry() {
        return PromotionRegistry.withBuiltIns();
    }

    @Produces
    @ApplicationScoped
    PromotionRepository promotionRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        return new JdbcPromotionRepository(sql, cache);
    }

    @Produces
    @ApplicationScoped
    CouponTemplateRepository couponTemplateRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        return new JdbcCouponTemplateRepository(sql, cache);
    }

    @Produces
    @ApplicationScoped
    CouponRepository couponRepository(JdbcStatements sql) {
        return new JdbcCouponRepository(sql);
    }

    @Produces
    @ApplicationScoped
    CouponCodeRepository couponCodeRepository(JdbcStatements sql) {
        return new JdbcCouponCodeRepository(sql);
    }

    @Produces
    @ApplicationScoped
    CouponIssuance couponIssuance(JdbcStatements sql, EntityManager em) {
        // A customer registered through JPA in the same transaction (the gift pack) must reach the
        // database before the holding row that references it.
        return new JdbcCouponIssuance(sql, em::flush);
    }

    @Produces
    @ApplicationScoped
    CouponAudience couponAudience(JdbcStatements sql, MemberLevelRepository levels, MemberLevelSettings settings) {
        return new SqlCouponAudience(sql, levels, settings);
    }

    @Produces
    @ApplicationScoped
    PromotionService promotionService(PromotionRepository promotions, PromotionRegistry registry,
                                      Transactions transactions, IdGenerator ids) {
        return new PromotionService(promotions, registry, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    CouponTemplateService couponTemplateService(CouponTemplateRepository templates, CouponCodeRepository codes,
                                                GiftPackSettings giftPacks, Transactions transactions,
                                                IdGenerator ids) {
        return new CouponTemplateService(templates, codes, giftPacks, transactions, ids);
    }

    @Produces
    @ApplicationScoped
    CouponService couponService(CouponTemplateRepository templates, CouponRepository coupons,
                                CouponCodeRepository codes, CouponIssuance issuance, CouponAudience audience,
                                GiftPackSettings giftPacks, CustomerService customers, Transactions transactions,
                                IdGenerator ids, Clock clock) {
        return new CouponService(templates, coupons, codes, issuance, audience, giftPacks, customers, transactions,
                ids, clock);
    }
}
