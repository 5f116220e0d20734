package dev.zhanggui.shared.inmemory;

import dev.zhanggui.shared.DomainEvent;
import dev.zhanggui.shared.EventPublisher;

import java.util.ArrayList;
import java.util.List;

/** Keeps every published event in order, for tests and embedding applications that poll. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
