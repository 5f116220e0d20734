package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.catalog.NewProduct;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductDetails;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.SkuDraft;
import dev.zhanggui.catalog.inmemory.InMemoryCatalogSettings;
import dev.zhanggui.catalog.inmemory.InMemoryProductCategoryCheck;
import dev.zhanggui.catalog.inmemory.InMemoryProductRepository;
import dev.zhanggui.catalog.review.inmemory.InMemoryPurchaseHistory;
import dev.zhanggui.catalog.review.inmemory.InMemoryReviewRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.ProfileChange;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Use case: a customer who bought a product reviews it (评价) once per completed order line; the
 * storefront shows visible reviews and their stars; staff hide, show and answer reviews.
 */
class ReviewScenarioTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final MerchantId OTHER_SHOP = MerchantId.of("other");
    private final Clock clock = ManualClock.ticking(Instant.parse("2026-06-08T02:00:00Z"), Duration.ofSeconds(1));
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProductRepository productRepository = new InMemoryProductRepository();
    private final ProductService products = new ProductService(productRepository, new InMemoryProductCategoryCheck(),
            new InMemoryCatalogSettings(), html -> html, transactions, new TimeOrderedIdGenerator(clock), clock);
    private final CustomerService customers = new CustomerService(new InMemoryCustomerRepository(),
            new DefaultPhoneNumberPolicy(), transactions, new RecordingEventPublisher(),
            new TimeOrderedIdGenerator(clock), clock);
    private final InMemoryPurchaseHistory purchases = new InMemoryPurchaseHistory();
    private final ReviewService reviews = new ReviewService(new InMemoryReviewRepository(), productRepository,
            customers, purchases, new DefaultReviewEligibility(), transactions, new TimeOrderedIdGenerator(clock), clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final Actor alice = Actor.customer(SHOP, "kc-1", "13800000001");
    private final Actor bob = Actor.customer(SHOP, "kc-2", "13800000002");
    private final Actor anonymous = new Actor(SHOP, "anonymous", Actor.Kind.ANONYMOUS, Optional.empty());

    private int codes;

    private Product product(ProductStatus status) {
        SkuDraft sku = new SkuDraft(List.of(), Optional.empty(), Optional.empty(), Money.of("9.90"), Money.of("9.90"),
                Optional.empty(), 100);
        Product p = products.create(staff, new NewProduct(new ProductDetails("R" + ++codes, "晾衣杆",
                Optional.empty(), Optional.empty(), List.of(), Set.of(), 0), Optional.empty(), List.of(), List.of(),
                Optional.of(sku)));
        return status == ProductStatus.IN_WAREHOUSE ? p
                : products.changeStatus(staff, p.id(), status, Optional.empty());
    }

    private OrderLineId bought(Actor customer, Product product) {
        CustomerId id = customers.me(customer).id();
        return purchases.completed(customer.merchant(), id, product.id(), clock.instant());
    }

    private static NewReview stars(int rating, String text, String... images) {
        return new NewReview(new ReviewContent(rating, text, List.of(images)), Optional.empty());
    }

    private List<Integer> publicRatings(Product product, ReviewFilter filter) {
        return reviews.listForProduct(anonymous, product.id(), filter, PageRequest.first(100)).items().stream()
                .map(r -> r.content().rating()).toList();
    }

    private static void refused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_customer_who_bought_the_product_reviews_it_and_everyone_sees_it_masked() {
        Product rack = product(ProductStatus.ON_SALE);
        OrderLineId line = bought(alice, rack);

        Review review = reviews.write(alice, rack.id(), stars(5, "  很好用，<b>结实</b>\r\n推荐 ", "https://img.example.com/1.jpg"));

        assertThat(review.orderLine()).contains(line);
        assertThat(review.content().text()).isEqualTo("很好用，结实\n推荐");
        assertThat(review.reviewerName()).isEqualTo("138****0001");
        Page<Review> page = reviews.listForProduct(anonymous, rack.id(), ReviewFilter.visible(null, null),
                PageRequest.first(10));
        assertThat(page.items()).extracting(Review::id).containsExactly(review.id());
        assertThat(reviews.mine(alice, PageRequest.first(10)).items()).extracting(Review::id).containsExactly(review.id());
        assertThat(reviews.mine(bob, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_named_customer_is_shown_by_the_first_character_of_the_name() {
        customers.updateMe(bob, new ProfileChange(Optional.of("张三丰"), Optional.empty()), Optional.empty());
        Product rack = product(ProductStatus.ON_SALE);
        bought(bob, rack);

        assertThat(reviews.write(bob, rack.id(), stars(4, "")).reviewerName()).isEqualTo("张**");
    }

    @Test
    void one_review_per_completed_order_line_a_second_purchase_allows_a_second_review() {
        Product rack = product(ProductStatus.ON_SALE);
        OrderLineId first = bought(alice, rack);

        assertThat(reviews.write(alice, rack.id(), stars(3, "一般")).orderLine()).contains(first);
        refused(() -> reviews.write(alice, rack.id(), stars(4, "再评一次")), ErrorCode.REVIEW_ALREADY_REVIEWED);
        refused(() -> reviews.write(alice, rack.id(), new NewReview(new ReviewContent(4, "", List.of()),
                Optional.of(first))), ErrorCode.REVIEW_ALREADY_REVIEWED);

        OrderLineId second = bought(alice, rack);
        assertThat(reviews.write(alice, rack.id(), stars(5, "回购")).orderLine()).contains(second);
        refused(() -> reviews.write(alice, rack.id(), stars(5, "第三次")), ErrorCode.REVIEW_ALREADY_REVIEWED);
        assertThat(publicRatings(rack, ReviewFilter.visible(null, null))).containsExactly(5, 3);
    }

    @Test
    void a_customer_who_did_not_buy_it_is_refused() {
        Product rack = product(ProductStatus.ON_SALE);
        OrderLineId alicesLine = bought(alice, rack);

        refused(() -> reviews.write(bob, rack.id(), stars(5, "没买过")), ErrorCode.REVIEW_NOT_PURCHASED);
        refused(() -> reviews.write(bob, rack.id(), new NewReview(new ReviewContent(5, "", List.of()),
                Optional.of(alicesLine))), ErrorCode.REVIEW_NOT_PURCHASED);
        Product other = product(ProductStatus.ON_SALE);
        refused(() -> reviews.write(alice, other.id(), stars(5, "买的是别的")), ErrorCode.REVIEW_NOT_PURCHASED);
    }

    @Test
    void only_customers_review_and_only_products_they_can_see() {
        Product rack = product(ProductStatus.ON_SALE);
        bought(alice, rack);
        Product shelved = product(ProductStatus.OFF_SHELF);
        bought(alice, shelved);

        refused(() -> reviews.write(staff, rack.id(), stars(5, "")), ErrorCode.FORBIDDEN);
        refused(() -> reviews.write(alice, shelved.id(), stars(5, "")), ErrorCode.PRODUCT_NOT_FOUND);
        refused(() -> reviews.write(alice, new ProductId(java.util.UUID.randomUUID()), stars(5, "")),
                ErrorCode.PRODUCT_NOT_FOUND);
        Actor elsewhere = Actor.customer(OTHER_SHOP, "kc-9", "13800000001");
        refused(() -> reviews.write(elsewhere, rack.id(), stars(5, "")), ErrorCode.PRODUCT_NOT_FOUND);
    }

    @Test
    void bad_rating_text_and_images_are_refused_with_their_field() {
        assertField(() -> new ReviewContent(0, "", List.of()), ErrorCode.REVIEW_RATING_INVALID, "rating");
        assertField(() -> new ReviewContent(6, "", List.of()), ErrorCode.REVIEW_RATING_INVALID, "rating");
        assertField(() -> ReviewContent.of(null, "", List.of()), ErrorCode.REVIEW_RATING_INVALID, "rating");
        assertField(() -> new ReviewContent(5, "好".repeat(501), List.of()), ErrorCode.REVIEW_TEXT_INVALID, "text");
        assertThat(new ReviewContent(5, "好".repeat(500), List.of()).text()).hasSize(500);
        assertField(() -> new ReviewContent(5, "", List.of("http://img.example.com/a.jpg")),
                ErrorCode.REVIEW_IMAGES_INVALID, "images[0]");
        assertField(() -> new ReviewContent(5, "", List.of("https://ok.example.com/a.jpg", "javascript:alert(1)")),
                ErrorCode.REVIEW_IMAGES_INVALID, "images[1]");
        assertField(() -> new ReviewContent(5, "", List.of("https:///nohost")), ErrorCode.REVIEW_IMAGES_INVALID,
                "images[0]");
        assertField(() -> new ReviewContent(5, "", Collections.nCopies(10, "https://img.example.com/a.jpg")),
                ErrorCode.REVIEW_IMAGES_INVALID, "images");
        assertThat(new ReviewContent(5, "<script>alert(1)</script>3<5", List.of()).text()).isEqualTo("alert(1)3<5");
    }

    private static void assertField(ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly(field);
        });
    }

    @Test
    void a_hidden_review_is_not_listed_publicly_nor_counted_but_staff_and_its_author_see_it() {
        Product rack = product(ProductStatus.ON_SALE);
        bought(alice, rack);
        bought(bob, rack);
        Review bad = reviews.write(alice, rack.id(), stars(1, "垃圾广告"));
        reviews.write(bob, rack.id(), stars(4, "还行"));

        refused(() -> reviews.hide(alice, bad.id(), "广告"), ErrorCode.FORBIDDEN);
        refused(() -> reviews.hide(staff, bad.id(), " "), ErrorCode.REVIEW_HIDE_REASON_INVALID);
        Review hidden = reviews.hide(staff, bad.id(), "广告");

        assertThat(hidden.hidden()).get().extracting(Moderation::reason, Moderation::by).containsExactly("广告", "staff-1");
        assertThat(publicRatings(rack, ReviewFilter.visible(null, null))).containsExactly(4);
        assertThat(publicRatings(rack, ReviewFilter.visible(null, null).withHidden(true))).containsExactly(4);
        assertThat(reviews.summary(anonymous, rack.id()).count()).isEqualTo(1);
        assertThat(reviews.listForMerchant(staff, ReviewFilter.visible(null, null).withHidden(true),
                PageRequest.first(10)).items()).extracting(Review::id).contains(bad.id());
        assertThat(reviews.listForProduct(staff, rack.id(), ReviewFilter.visible(null, null).withHidden(true),
                PageRequest.first(10)).items()).hasSize(2);
        assertThat(reviews.mine(alice, PageRequest.first(10)).items().getFirst().isVisible()).isFalse();

        reviews.unhide(staff, bad.id());
        assertThat(publicRatings(rack, ReviewFilter.visible(null, null))).containsExactly(4, 1);
    }

    @Test
    void staff_reply_and_replying_again_replaces_the_reply() {
        Product rack = product(ProductStatus.ON_SALE);
        bought(alice, rack);
        Review review = reviews.write(alice, rack.id(), stars(2, "发货慢"));

        refused(() -> reviews.reply(staff, review.id(), ""), ErrorCode.REVIEW_REPLY_INVALID);
        refused(() -> reviews.reply(bob, review.id(), "你好"), ErrorCode.FORBIDDEN);
        reviews.reply(staff, review.id(), "抱歉");
        Review answered = reviews.reply(staff, review.id(), "已加急发货");

        assertThat(answered.reply()).get().extracting(MerchantReply::text).isEqualTo("已加急发货");
        assertThat(reviews.listForProduct(anonymous, rack.id(), ReviewFilter.visible(null, null), PageRequest.first(1))
                .items().getFirst().reply()).get().extracting(MerchantReply::text).isEqualTo("已加急发货");
        refused(() -> reviews.reply(Actor.staff(OTHER_SHOP, "x"), review.id(), "跨店"), ErrorCode.REVIEW_NOT_FOUND);
    }

    @Test
    void a_customer_deletes_only_their_own_review_and_may_then_review_that_line_again() {
        Product rack = product(ProductStatus.ON_SALE);
        bought(alice, rack);
        Review review = reviews.write(alice, rack.id(), stars(2, "先差评"));

        refused(() -> reviews.deleteMine(bob, review.id()), ErrorCode.REVIEW_NOT_FOUND);
        reviews.deleteMine(alice, review.id());
        assertThat(publicRatings(rack, ReviewFilter.visible(null, null))).isEmpty();
        assertThat(reviews.write(alice, rack.id(), stars(5, "改好评")).content().rating()).isEqualTo(5);
    }

    @Test
    void filters_by_stars_and_pictures_and_pages_newest_first() {
        Product rack = product(ProductStatus.ON_SALE);
        for (int i = 0; i < 3; i++) {
            bought(alice, rack);
        }
        Review withPicture = reviews.write(alice, rack.id(), stars(5, "", "https://img.example.com/p.jpg"));
        Review plain = reviews.write(alice, rack.id(), stars(5, "好"));
        Review low = reviews.write(alice, rack.id(), stars(2, "差"));

        assertThat(publicRatings(rack, ReviewFilter.visible(5, null))).containsExactly(5, 5);
        assertThat(reviews.listForProduct(anonymous, rack.id(), ReviewFilter.visible(null, true), PageRequest.first(10))
                .items()).extracting(Review::id).containsExactly(withPicture.id());
        refused(() -> ReviewFilter.visible(7, null), ErrorCode.REVIEW_RATING_INVALID);

        Page<Review> first = reviews.listForProduct(anonymous, rack.id(), ReviewFilter.visible(null, null),
                PageRequest.first(2));
        Page<Review> second = reviews.listForProduct(anonymous, rack.id(), ReviewFilter.visible(null, null),
                new PageRequest(2, first.next()));
        assertThat(first.items()).extracting(Review::id).containsExactly(low.id(), plain.id());
        assertThat(second.items()).extracting(Review::id).containsExactly(withPicture.id());
        assertThat(second.next()).isEmpty();
    }

    @Test
    void the_summary_counts_stars_and_averages_to_one_decimal_half_up() {
        assertThat(RatingSummary.of(new long[] {0, 0, 0, 0, 0}))
                .isEqualTo(new RatingSummary(0, new BigDecimal("0.0"), List.of(0L, 0L, 0L, 0L, 0L)));
        // (5 + 4 + 4) / 3 = 4.333 -> 4.3
        assertThat(RatingSummary.of(new long[] {0, 0, 0, 2, 1}).average()).isEqualByComparingTo("4.3");
        // (5 + 4) / 2 = 4.5 ; (1 + 2 + 2 + 5 x 5) / 8 = 3.75 -> 3.8 (half up)
        assertThat(RatingSummary.of(new long[] {0, 0, 0, 1, 1}).average()).isEqualByComparingTo("4.5");
        assertThat(RatingSummary.of(new long[] {1, 2, 0, 0, 5}).average()).isEqualByComparingTo("3.8");

        Product rack = product(ProductStatus.ON_SALE);
        Product none = product(ProductStatus.ON_SALE);
        for (int rating : new int[] {5, 5, 4, 1}) {
            bought(alice, rack);
            reviews.write(alice, rack.id(), stars(rating, ""));
        }
        RatingSummary summary = reviews.summary(anonymous, rack.id());
        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.average()).isEqualByComparingTo("3.8");
        assertThat(summary.perStar()).containsExactly(1L, 0L, 0L, 1L, 2L);
        assertThat(reviews.summaries(anonymous, List.of(none.id(), rack.id())))
                .containsEntry(none.id(), RatingSummary.NONE).containsKeys(rack.id());
    }
}
