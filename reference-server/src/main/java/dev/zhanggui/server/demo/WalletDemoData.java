package dev.zhanggui.server.demo;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.CheckInService;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.TopUpPlanDetails;
import dev.zhanggui.wallet.TopUpService;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletService;
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
 * The demo mall's wallets (merchant demo): the top-up plans 充值200送30 and 充值100送10; 王五
 * (13800000003), who topped up 200.00 face to face with the 30.00 bonus and checked in once; and
 * 赵六 (13800000004), a wholesale customer with a credit limit (授信额度) of 20000.00. All through
 * the core services, so every yuan and point is on the ledger. Loading is idempotent: the top-up has
 * a fixed operation key, the check-in and the limit are done only when missing. The customers the
 * realm's demo users log in as (13800000001/2) are left without money: tests assert on them.
 */
@ApplicationScoped
public class WalletDemoData {
    static final String WANGWU = "13800000003";
    static final String ZHAOLIU = "13800000004";

    @Inject
    TopUpService topUps;
    @Inject
    WalletService wallets;
    @Inject
    CheckInService checkIns;
    @Inject
    CustomerService customerService;
    @Inject
    CustomerRepository customers;
    @Inject
    Transactions transactions;
    @ConfigProperty(name = "zhanggui.demo.enabled", defaultValue = "true")
    boolean enabled;

    /** After the demo orders (priority 40), which create 王五 and load only while he does not exist. */
    void load(@Observes @Priority(50) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        Actor system = Actor.system(DemoData.DEMO, "demo-data");
        if (topUps.plans(system).isEmpty()) {
            topUps.createPlan(system, new TopUpPlanDetails("充值200送30", Money.of("200.00"), Money.of("30.00"), true));
            topUps.createPlan(system, new TopUpPlanDetails("充值100送10", Money.of("100.00"), Money.of("10.00"), true));
        }
        CustomerId wangwu = customer(system, WANGWU, "王五", List.of());
        wallets.credit(system, wangwu, new WalletCredit(LedgerReason.TOPUP, Money.of("200.00"), Money.of("30.00"),
                Optional.of("面对面办理 现金 (demo)"), Optional.empty()), "demo-data:topup:" + WANGWU);
        LedgerFilter signIns = new LedgerFilter(null, Optional.of(LedgerReason.SIGN_IN), null, null);
        if (wallets.entries(system, wangwu, signIns, PageRequest.first(1)).items().isEmpty()) {
            checkIns.checkIn(Actor.customer(DemoData.DEMO, "demo-data:" + WANGWU, WANGWU));
        }
        CustomerId zhaoliu = customer(system, ZHAOLIU, "赵六", List.of("B2B"));
        if (wallets.wallet(system, zhaoliu).creditLimit().isZero()) {
            wallets.setCreditLimit(system, zhaoliu, Money.of("20000.00"), Optional.empty(),
                    Optional.of("demo: wholesale credit (授信)"));
        }
        Log.info("Demo wallets loaded: top-up plans, 13800000003 with balance and points, 13800000004 with credit");
    }

    private CustomerId customer(Actor system, String phone, String name, List<String> tags) {
        return transactions.inTransaction(() -> customers.findByPhone(DemoData.DEMO, new PhoneNumber(phone)))
                .map(c -> c.id())
                .orElseGet(() -> customerService.create(system, new NewCustomer(phone, name, null, tags)).id());
    }
}
