package dev.zhanggui.server.demo;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.server.merchant.MerchantDirectory;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Demo data, loaded at start when {@code zhanggui.demo.enabled} (default true): the merchants
 * {@code demo} and {@code acme} and demo customers matching the realm's demo users. Loading is
 * idempotent: what exists is left alone.
 */
@ApplicationScoped
public class DemoData {
    public static final MerchantId DEMO = MerchantId.of("demo");
    public static final MerchantId ACME = MerchantId.of("acme");

    @Inject
    MerchantDirectory merchants;
    @Inject
    CustomerService customerService;
    @Inject
    CustomerRepository customers;
    @Inject
    Transactions transactions;
    @ConfigProperty(name = "zhanggui.demo.enabled", defaultValue = "true")
    boolean enabled;

    void load(@Observes @Priority(10) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        transactions.run(() -> {
            merchants.register(DEMO, "掌柜演示商城 Demo Mall");
            merchants.register(ACME, "Acme Trading 艾克美商贸");
        });
        Actor demoSystem = Actor.system(DEMO, "demo-data");
        if (missing("13800000002")) {
            customerService.create(demoSystem, new NewCustomer("13800000002", "李四", "lisi@example.com",
                    List.of("批发客户", "VIP")));
        }
        if (missing("13800000001")) {
            customerService.create(demoSystem, new NewCustomer("13800000001", "张三", null, List.of()));
            Actor zhangsan = Actor.customer(DEMO, "demo-data", "13800000001");
            customerService.addAddress(zhangsan, new AddressDetails("张三", "13800000001", "上海市", "上海市", "浦东新区",
                    "世纪大道 100 号 8 楼", Optional.of("200120")), true);
        }
        Log.info("Demo data loaded: merchants demo and acme, customers 13800000001 and 13800000002");
    }

    private boolean missing(String phone) {
        return transactions.inTransaction(() -> customers.findByPhone(DEMO, new PhoneNumber(phone)).isEmpty());
    }
}
