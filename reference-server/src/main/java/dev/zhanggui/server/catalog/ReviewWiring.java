package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.review.DefaultReviewEligibility;
import dev.zhanggui.catalog.review.PurchaseHistory;
import dev.zhanggui.catalog.review.ReviewEligibility;
import dev.zhanggui.catalog.review.ReviewRepository;
import dev.zhanggui.catalog.review.ReviewService;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds the review use cases from the server's adapters. */
@ApplicationScoped
public class ReviewWiring {

    @Produces
    @ApplicationScoped
    @DefaultBean
    ReviewEligibility reviewEligibility() {
        return new DefaultReviewEligibility();
    }

    @Produces
    @ApplicationScoped
    ReviewService reviewService(ReviewRepository reviews, ProductRepository products, CustomerService customers,
                                PurchaseHistory purchases, ReviewEligibility eligibility, Transactions transactions,
                                IdGenerator ids, Clock clock) {
        return new ReviewService(reviews, products, customers, purchases, eligibility, transactions, ids, clock);
    }
}
