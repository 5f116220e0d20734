package dev.zhanggui.server.customer;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Transactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calling customer's id is kept across requests once found, but only what was committed: a
 * customer registered in a unit of work that rolls back is not remembered.
 */
@QuarkusTest
class LinkedCustomerIdTest {
    private static final MerchantId DEMO = MerchantId.of("demo");

    @Inject
    CustomerService customers;
    @Inject
    Transactions transactions;
    @Inject
    JdbcStatements sql;

    @Test
    void a_customer_registered_in_a_unit_of_work_that_rolled_back_is_not_remembered() {
        Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        AtomicReference<CustomerId> rolledBack = new AtomicReference<>();
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            rolledBack.set(customers.me(buyer).id());
            assertThat(customers.myId(buyer)).as("found in its own unit of work").isEqualTo(rolledBack.get());
            throw new IllegalStateException("the request fails after all");
        })).hasMessage("the request fails after all");

        CustomerId registered = customers.myId(buyer);
        assertThat(registered).isNotEqualTo(rolledBack.get());
        assertThat(count(registered)).isEqualTo(1);
        assertThat(count(rolledBack.get())).isZero();
    }

    @Test
    void a_customer_found_once_is_known_to_later_requests_without_asking_again() {
        Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
        CustomerId registered = customers.me(buyer).id();
        assertThat(customers.myId(buyer)).isEqualTo(registered);
        // Asked again, the lookup by phone and login would find nobody and the customer would be
        // loaded by phone and linked to this login again.
        String elsewhere = "kc-elsewhere-" + UUID.randomUUID();
        transactions.run(() -> sql.update("update customer set account_subject = ? where id = ?", s -> {
            s.setString(1, elsewhere);
            s.setObject(2, registered.value());
        }));
        assertThat(customers.myId(buyer)).isEqualTo(registered);
        assertThat(transactions.inTransaction(() -> sql.queryOne("select account_subject from customer where id = ?",
                s -> s.setObject(1, registered.value()), r -> r.getString(1)).orElseThrow()))
                .as("not looked up, so not linked again").isEqualTo(elsewhere);
    }

    private long count(CustomerId id) {
        return transactions.inTransaction(() -> sql.queryOne("select count(*) from customer where id = ?",
                s -> s.setObject(1, id.value()), r -> r.getLong(1)).orElseThrow());
    }
}
