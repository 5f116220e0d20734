package dev.zhanggui.catalog;

import dev.zhanggui.catalog.inmemory.InMemoryCategoryRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A merchant shapes its category tree (分类); shoppers browse it. */
class CategoryTreeScenarioTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCategoryRepository repository = new InMemoryCategoryRepository();
    private final CategoryService categories = new CategoryService(repository, new InMemoryTransactions(),
            new TimeOrderedIdGenerator(clock), clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final Actor shopper = new Actor(SHOP, "anonymous", Actor.Kind.ANONYMOUS, Optional.empty());

    private Category create(String name, int sort, Category parent) {
        return categories.create(staff, new NewCategory(Optional.ofNullable(parent).map(Category::id), name,
                Optional.empty(), sort));
    }

    @Test
    void the_tree_lists_siblings_by_sort_order_then_name() {
        Category food = create("食品", 2, null);
        Category drinks = create("饮料", 1, null);
        create("零食", 1, food);
        create("水果", 1, food);
        create("茶", 0, food);

        List<CategoryNode> tree = categories.tree(shopper);

        assertThat(tree).extracting(n -> n.category().name()).containsExactly("饮料", "食品");
        assertThat(tree.get(1).children()).extracting(n -> n.category().name()).containsExactly("茶", "水果", "零食");
        assertThat(categories.get(shopper, drinks.id()).name()).isEqualTo("饮料");
    }

    @Test
    void the_subtree_holds_the_category_and_all_its_descendants() {
        Category food = create("食品", 0, null);
        Category snacks = create("零食", 0, food);
        Category nuts = create("坚果", 0, snacks);
        create("饮料", 0, null);

        assertThat(repository.subtree(SHOP, food.id())).containsExactlyInAnyOrder(food.id(), snacks.id(), nuts.id());
        assertThat(repository.subtree(MerchantId.of("other"), food.id())).isEmpty();
    }

    @Test
    void a_category_cannot_move_under_itself_or_a_descendant() {
        Category food = create("食品", 0, null);
        Category snacks = create("零食", 0, food);
        Category nuts = create("坚果", 0, snacks);

        for (Category target : List.of(food, nuts)) {
            assertThatThrownBy(() -> categories.update(staff, food.id(),
                    CategoryChange.details(null, null, null).movingUnder(target.id()), Optional.empty()))
                    .extracting("code").isEqualTo(ErrorCode.CATEGORY_CYCLE);
        }
        Category moved = categories.update(staff, nuts.id(),
                CategoryChange.details("坚果炒货", null, 5).movingToTopLevel(), Optional.of(0L));
        assertThat(moved.parent()).isEmpty();
        assertThat(moved.version()).isEqualTo(1);
        assertThat(categories.tree(shopper)).extracting(n -> n.category().name()).contains("坚果炒货");
    }

    @Test
    void a_parent_must_exist() {
        CategoryId unknown = new CategoryId(UUID.randomUUID());
        assertThatThrownBy(() -> categories.create(staff, new NewCategory(Optional.of(unknown), "x", Optional.empty(), 0)))
                .extracting("code").isEqualTo(ErrorCode.CATEGORY_NOT_FOUND);
        Category food = create("食品", 0, null);
        assertThatThrownBy(() -> categories.update(staff, food.id(),
                CategoryChange.details(null, null, null).movingUnder(unknown), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CATEGORY_NOT_FOUND);
    }

    @Test
    void only_empty_categories_can_be_deleted() {
        Category food = create("食品", 0, null);
        Category snacks = create("零食", 0, food);
        repository.place(new ProductId(UUID.randomUUID()), snacks.id());

        assertThatThrownBy(() -> categories.delete(staff, food.id(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CATEGORY_NOT_EMPTY);
        assertThatThrownBy(() -> categories.delete(staff, snacks.id(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CATEGORY_NOT_EMPTY);
        Category empty = create("空", 0, food);
        categories.delete(staff, empty.id(), Optional.empty());
        assertThatThrownBy(() -> categories.get(staff, empty.id()))
                .extracting("code").isEqualTo(ErrorCode.CATEGORY_NOT_FOUND);
    }

    @Test
    void names_and_icons_are_checked_and_shoppers_cannot_write() {
        assertThatThrownBy(() -> create(" ", 0, null)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo(ErrorCode.CATEGORY_INVALID);
        assertThatThrownBy(() -> create("x".repeat(65), 0, null)).extracting("code")
                .isEqualTo(ErrorCode.CATEGORY_INVALID);
        assertThatThrownBy(() -> categories.create(staff, new NewCategory(Optional.empty(), "图标",
                Optional.of("javascript:alert(1)"), 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("iconUrl"));
        assertThat(categories.create(staff, new NewCategory(Optional.empty(), "图标",
                Optional.of("https://img.example.com/a.png"), 0)).details().iconUrl())
                .contains("https://img.example.com/a.png");
        assertThatThrownBy(() -> categories.create(shopper, new NewCategory(Optional.empty(), "x", Optional.empty(), 0)))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }
}
