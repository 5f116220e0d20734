package dev.zhanggui.shared;

import java.util.function.Supplier;

/**
 * Port: runs a unit of work atomically. Everything a use case changes inside it is kept together
 * or not at all; a {@link DomainException} thrown inside rolls it back. Nested calls join the
 * surrounding unit of work.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
