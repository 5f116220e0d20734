package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupSummary;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.inmemory.InMemoryCustomerGroupRepository;
import dev.zhanggui.customer.inmemory.InMemoryMemberLevelRepository;
import dev.zhanggui.pricing.inmemory.InMemoryCarrierRepository;
import dev.zhanggui.pricing.inmemory.InMemoryFlashPriceRepository;
import dev.zhanggui.pricing.inmemory.InMemoryLevelPriceRepository;
import dev.zhanggui.pricing.inmemory.InMemoryPriceListRepository;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory adapters of the pricing administration page their lists as the database adapters do. */
class PricingListPagingTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final MerchantId OTHER = MerchantId.of("other");
    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator();

    /** Every page of a list, following the next cursor. */
    static <T> List<List<T>> walk(Function<PageRequest, Page<T>> list, int limit) {
        List<List<T>> pages = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Page<T> page = list.apply(new PageRequest(limit, after));
            pages.add(page.items());
            after = page.next();
        } while (after.isPresent() && pages.size() < 20);
        return pages;
    }

    static <T> List<T> flat(List<List<T>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    @Test
    void levels_page_lowest_requirement_first_also_past_ten_digits() {
        InMemoryMemberLevelRepository levels = new InMemoryMemberLevelRepository();
        List<Long> requirements = List.of(100_000_000_000L, 10L, 9L, 1_000L, 0L);
        for (long r : requirements) {
            levels.add(new MemberLevel(new MemberLevelId(ids.newId()), SHOP, "级别 " + r, Points.of(r),
                    new BigDecimal("0.9"), 0));
        }
        levels.add(new MemberLevel(new MemberLevelId(ids.newId()), OTHER, "别家", Points.of(5), BigDecimal.ONE, 0));

        List<List<MemberLevel>> pages = walk(p -> levels.list(SHOP, p), 2);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(flat(pages)).extracting(l -> l.pointsRequirement().value())
                .containsExactly(0L, 9L, 10L, 1_000L, 100_000_000_000L);
        assertThat(levels.all(SHOP)).hasSize(5);
    }

    @Test
    void a_levels_prices_page_by_sku_id() {
        InMemoryLevelPriceRepository prices = new InMemoryLevelPriceRepository();
        MemberLevelId level = new MemberLevelId(ids.newId());
        List<SkuId> skus = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SkuId sku = new SkuId(UUID.randomUUID());
            skus.add(sku);
            prices.put(new LevelPrice(SHOP, level, sku, Money.of("9.00")));
        }
        prices.put(new LevelPrice(SHOP, new MemberLevelId(ids.newId()), skus.getFirst(), Money.of("8.00")));

        List<List<LevelPrice>> pages = walk(p -> prices.listForLevel(SHOP, level, p), 2);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(flat(pages)).extracting(p -> p.sku().toString())
                .containsExactlyElementsOf(skus.stream().map(SkuId::toString).sorted().toList());
    }

    @Test
    void groups_page_newest_first_with_their_size_and_members_by_customer_id() {
        InMemoryCustomerGroupRepository groups = new InMemoryCustomerGroupRepository();
        List<CustomerGroupId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CustomerGroup group = CustomerGroup.create(new CustomerGroupId(ids.newId()), SHOP, "组 " + i);
            groups.add(group);
            created.add(group.id());
        }
        groups.add(CustomerGroup.create(new CustomerGroupId(ids.newId()), OTHER, "别家"));
        List<CustomerId> members = List.of(new CustomerId(ids.newId()), new CustomerId(ids.newId()),
                new CustomerId(ids.newId()));
        CustomerGroup first = groups.find(SHOP, created.getFirst()).orElseThrow();
        long before = first.version();
        first.admit(members.reversed());
        groups.update(first, before);

        List<List<CustomerGroupSummary>> pages = walk(p -> groups.list(SHOP, p), 2);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(flat(pages)).extracting(CustomerGroupSummary::id).containsExactlyElementsOf(created.reversed());
        assertThat(flat(pages).getLast().memberCount()).isEqualTo(3);
        assertThat(flat(walk(p -> groups.members(SHOP, created.getFirst(), p), 2))).containsExactlyElementsOf(members);
        assertThat(groups.members(OTHER, created.getFirst(), PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void price_lists_and_flash_prices_page_newest_first() {
        InMemoryPriceListRepository lists = new InMemoryPriceListRepository();
        InMemoryFlashPriceRepository flash = new InMemoryFlashPriceRepository();
        SkuId sku = new SkuId(ids.newId());
        ValidityWindow window = ValidityWindow.between(Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-02T00:00:00Z"));
        List<PriceListId> listIds = new ArrayList<>();
        List<FlashPriceId> flashIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PriceList list = new PriceList(new PriceListId(ids.newId()), SHOP, "价表 " + i,
                    new PriceListOwner.Group(new CustomerGroupId(ids.newId())), window,
                    Map.of(sku, List.of(new QuantityBreak(1, Money.of("9.00")))), 0);
            lists.add(list);
            listIds.add(list.id());
            FlashPrice price = new FlashPrice(new FlashPriceId(ids.newId()), SHOP, sku, Money.of("8.00"), window,
                    OptionalInt.empty(), 0);
            flash.add(price);
            flashIds.add(price.id());
        }

        List<List<PriceList>> listPages = walk(p -> lists.list(SHOP, p), 2);
        List<List<FlashPrice>> flashPages = walk(p -> flash.list(SHOP, p), 2);

        assertThat(listPages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(flat(listPages)).extracting(PriceList::id).containsExactlyElementsOf(listIds.reversed());
        assertThat(flat(flashPages)).extracting(FlashPrice::id).containsExactlyElementsOf(flashIds.reversed());
        assertThat(lists.list(OTHER, PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void carriers_page_in_the_order_they_were_added_the_enabled_ones_for_customers() {
        InMemoryCarrierRepository carriers = new InMemoryCarrierRepository();
        ShippingRate rate = new ShippingRate(Money.of("10.00"), Money.of("2.00"));
        List<Carrier> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Carrier carrier = new Carrier(new CarrierId(ids.newId()), SHOP, "物流 " + i, rate, List.of(), i != 1, 0);
            carriers.add(carrier);
            created.add(carrier);
        }

        assertThat(flat(walk(p -> carriers.list(SHOP, false, p), 2))).containsExactlyElementsOf(created);
        List<List<Carrier>> enabled = walk(p -> carriers.list(SHOP, true, p), 3);
        assertThat(enabled).extracting(List::size).containsExactly(3, 1);
        assertThat(flat(enabled)).extracting(Carrier::enabled).containsOnly(true);
        assertThat(carriers.all(SHOP)).hasSize(5);
    }
}
