package dev.zhanggui.server.demo;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderOnlinePayment;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.server.payment.SandboxPaymentGateway;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Points;
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
import java.util.UUID;

/**
 * Demo orders of merchant demo, so that the dashboard, the order lists and the storefront's my
 * orders show something on a fresh server: 张三 has one pending payment (the unpaid-order job closes
 * it once the payment timeout passes, as any unpaid order), one to ship and one shipped; 李四 a
 * wholesale order to ship; 王五 (13800000003, created here) a cash-on-delivery order delivered and
 * settled and an online order completed. All are staff orders of salesperson {@value #SALESPERSON},
 * made through checkout, the sandbox gateway's payment and shipping, after the catalog and pricing.
 * Loaded once: a server where 王五 exists has them already. No demo login is left with an unsettled
 * cash-on-delivery order (it would refuse their next one) or a completed order (its purchase points
 * would lift them to a member level and change their prices).
 */
@ApplicationScoped
public class OrderDemoData {
    public static final String SALESPERSON = "演示数据";
    static final String WANGWU = "13800000003";

    @Inject
    CheckoutService checkout;
    @Inject
    OrderOnlinePayment online;
    @Inject
    PaymentService payments;
    @Inject
    SandboxPaymentGateway sandbox;
    @Inject
    OrderPaymentService orderPayments;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CustomerService customerService;
    @Inject
    CustomerRepository customers;
    @Inject
    JdbcStatements sql;
    @Inject
    Transactions transactions;
    @ConfigProperty(name = "zhanggui.demo.enabled", defaultValue = "true")
    boolean enabled;

    private final Actor staff = Actor.staff(DemoData.DEMO, "demo-data");
    private int parcels;

    void load(@Observes @Priority(40) StartupEvent startup) {
        if (!enabled || find(WANGWU).isPresent()) {
            return;
        }
        Optional<Customer> zhangsan = find("13800000001");
        Optional<Customer> lisi = find("13800000002");
        List<SkuId> skus = transactions.inTransaction(() -> sql.query("""
                select s.id from sku s join product p on p.id = s.product_id
                where s.merchant_id = 'demo' and p.status = 'ON_SALE' order by p.code, s.position limit 4""",
                s -> { }, r -> new SkuId(r.getObject(1, UUID.class))));
        if (zhangsan.isEmpty() || lisi.isEmpty() || skus.size() < 4) {
            Log.warn("Demo orders not loaded: the demo customers or catalog are missing");
            return;
        }
        Customer wangwu = customerService.create(Actor.system(DemoData.DEMO, "demo-data"),
                new NewCustomer(WANGWU, "王五", null, List.of()));
        AddressDetails wangwuAt = new AddressDetails("王五", WANGWU, "浙江省", "杭州市", "西湖区", "文三路 90 号",
                Optional.of("310012"));
        AddressDetails lisiAt = new AddressDetails("李四", "13800000002", "江苏省", "苏州市", "工业园区",
                "星湖街 328 号 仓库 2 号门", Optional.of("215000"));

        // 王五's first order on cash on delivery (货到付款): delivered, then settled; then one paid online and received
        Order cod = place(wangwu, Optional.of(wangwuAt), skus.get(0), 2, TenderType.COD);
        received(shipped(cod));
        orderPayments.settleCashOnDelivery(staff, cod.id(), "demo: cash taken by the courier", Optional.empty());
        received(shipped(paid(place(wangwu, Optional.of(wangwuAt), skus.get(1), 1, TenderType.ONLINE))));
        // 李四's wholesale order (10 units: the price list's break) to ship
        paid(place(lisi.get(), Optional.of(lisiAt), skus.get(0), 10, TenderType.ONLINE));
        // 张三: shipped, to ship, and pending payment, to his default address
        shipped(paid(place(zhangsan.get(), Optional.empty(), skus.get(2), 1, TenderType.ONLINE)));
        paid(place(zhangsan.get(), Optional.empty(), skus.get(3), 2, TenderType.ONLINE));
        place(zhangsan.get(), Optional.empty(), skus.get(1), 1, TenderType.ONLINE);
        Log.info("Demo orders loaded: 6 orders of merchant demo (pending payment, to ship, shipped, completed, "
                + "a settled cash-on-delivery order)");
    }

    private Order place(Customer customer, Optional<AddressDetails> address, SkuId sku, int quantity,
                        TenderType rest) {
        return checkout.checkout(staff, new CheckoutRequest(List.of(new CartLine(sku, quantity, Optional.empty())),
                Optional.of(customer.id()), OrderSource.SALESPERSON, Optional.of(SALESPERSON), DeliveryMethod.EXPRESS,
                Optional.empty(), Optional.empty(), address, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("演示订单 demo order"), CouponChoice.NONE,
                new PaymentPlan(Points.zero(), false, rest), Optional.empty(), true, false));
    }

    /** Pays the order online as a customer would: a sandbox payment, confirmed by its signed notification. */
    private Order paid(Order order) {
        StartedPayment started = online.start(staff, order.id());
        if (started.payment().gateway().equals(sandbox.name())) {
            SandboxPaymentGateway.SignedNotification notice =
                    sandbox.notificationOf(started.payment(), started.payment().amount().minorUnits());
            payments.confirm(sandbox.name(), notice.body(), notice.headers());
            return order;
        }
        return orderPayments.recordPayment(staff, order.id(), "demo: paid at the counter", Optional.empty());
    }

    private Order shipped(Order order) {
        List<ShipmentLine> lines = order.lines().stream().map(l -> new ShipmentLine(l.index(), l.quantity())).toList();
        return fulfilment.ship(staff, order.id(), new FulfilmentService.PackageRequest("中通快递",
                "ZTO%010d".formatted(++parcels), lines), Optional.empty());
    }

    private void received(Order order) {
        fulfilment.confirmReceipt(staff, order.id());
    }

    private Optional<Customer> find(String phone) {
        return transactions.inTransaction(() -> customers.findByPhone(DemoData.DEMO, new PhoneNumber(phone)));
    }
}
