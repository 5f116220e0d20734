package dev.zhanggui.server.shared;

import dev.zhanggui.shared.DomainEvent;
import dev.zhanggui.shared.EventPublisher;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Publishes domain events as CDI events inside the unit of work that raised them. */
@ApplicationScoped
public class CdiEventPublisher implements EventPublisher {
    @Inject
    Event<DomainEvent> events;

    @Override
    public void publish(DomainEvent event) {
        Log.debugf("event %s", event);
        events.fire(event);
    }
}
