package dev.zhanggui.shared;

import dev.zhanggui.shared.inmemory.InMemoryPages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryPagesTest {
    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator();

    @Test
    void newest_first_pages_see_every_item_once_in_order() {
        List<UUID> created = IntStream.range(0, 7).mapToObj(i -> ids.newId()).toList();

        List<List<UUID>> pages = walk(created, InMemoryPages::descending, 3);

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(created.reversed());
    }

    @Test
    void ascending_pages_resume_after_the_cursor_even_when_its_item_is_gone() {
        List<UUID> created = new ArrayList<>(IntStream.range(0, 5).mapToObj(i -> ids.newId()).toList());
        Page<UUID> first = InMemoryPages.ascending(created.stream(), UUID::toString, PageRequest.first(2));
        created.remove(first.items().getLast());

        Page<UUID> second = InMemoryPages.ascending(created.stream(), UUID::toString,
                new PageRequest(2, first.next()));

        assertThat(second.items()).containsExactly(created.get(1), created.get(2));
        assertThat(second.next()).isPresent();
    }

    @Test
    void the_last_page_has_no_next_cursor_and_an_empty_list_one_page() {
        Page<UUID> empty = InMemoryPages.descending(List.<UUID>of().stream(), UUID::toString, PageRequest.first(5));
        assertThat(empty.items()).isEmpty();
        assertThat(empty.next()).isEmpty();

        Page<UUID> exact = InMemoryPages.descending(List.of(ids.newId(), ids.newId()).stream(), UUID::toString,
                PageRequest.first(2));
        assertThat(exact.items()).hasSize(2);
        assertThat(exact.next()).isEmpty();
    }

    @Test
    void a_cursor_that_is_no_base64_is_refused() {
        assertThatThrownBy(() -> InMemoryPages.ascending(List.of("a").stream(), Function.identity(),
                new PageRequest(2, Optional.of("%%%"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PAGE_CURSOR_INVALID));
    }

    private interface Pager {
        Page<UUID> page(java.util.stream.Stream<UUID> items, Function<UUID, String> position, PageRequest page);
    }

    private static List<List<UUID>> walk(List<UUID> items, Pager pager, int limit) {
        List<List<UUID>> pages = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Page<UUID> page = pager.page(items.stream(), UUID::toString, new PageRequest(limit, after));
            pages.add(page.items());
            after = page.next();
        } while (after.isPresent() && pages.size() < 10);
        return pages;
    }
}
