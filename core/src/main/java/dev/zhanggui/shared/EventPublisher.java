package dev.zhanggui.shared;

/** Port: tells the rest of the system what happened (order messages, notifications, read models). */
public interface EventPublisher {
    void publish(DomainEvent event);
}
