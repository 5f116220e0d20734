package dev.zhanggui.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zhanggui.sdk.model.AfterSale;
import dev.zhanggui.sdk.model.AfterSaleLineInput;
import dev.zhanggui.sdk.model.AfterSaleRequestInput;
import dev.zhanggui.sdk.model.CartLineAdd;
import dev.zhanggui.sdk.model.Category;
import dev.zhanggui.sdk.model.CheckoutInput;
import dev.zhanggui.sdk.model.NewCategoryInput;
import dev.zhanggui.sdk.model.NewProductInput;
import dev.zhanggui.sdk.model.Order;
import dev.zhanggui.sdk.model.OrderOnlinePayment;
import dev.zhanggui.sdk.model.Product;
import dev.zhanggui.sdk.model.ProductImport;
import dev.zhanggui.sdk.model.Refund;
import dev.zhanggui.sdk.model.RefundTender;
import dev.zhanggui.sdk.model.ShipmentInput;
import dev.zhanggui.sdk.model.ShipmentLineInput;
import dev.zhanggui.sdk.model.Sku;
import dev.zhanggui.sdk.model.SkuInput;
import dev.zhanggui.sdk.model.SpecInput;
import dev.zhanggui.sdk.model.SpecValueInput;
import dev.zhanggui.sdk.model.StockAdjustmentInput;
import dev.zhanggui.sdk.model.StockMovement;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An integrator's day through the SDK only, against the packaged reference server: catalog work,
 * a spreadsheet import, stock, today's orders, a shipment and an after-sale refund.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegratorDayIT {
    private static final ZoneId MERCHANT_ZONE = ZoneId.of("Asia/Shanghai");
    private static ReferenceServer server;
    private static ZhangguiClient staff;
    private static ZhangguiClient customer;

    @BeforeAll
    static void startServer() throws Exception {
        server = ReferenceServer.start();
        staff = ZhangguiClient.builder().baseUri(server.baseUri)
                .tokens(TokenSource.clientCredentials(server.tokenEndpoint, "integration", "integration-secret")).build();
        customer = ZhangguiClient.builder().baseUri(server.baseUri)
                .tokens(TokenSource.password(server.tokenEndpoint, "storefront", "13800000001", "demo")).build();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void an_integrators_day() throws Exception {
        // A category and a product with two specs' worth of SKUs.
        Category category = staff.as(staff.categories().createCategory(new NewCategoryInput().name("SDK 晾衣架")), Category.class);
        Product product = staff.as(staff.products().createProduct(new NewProductInput()
                .code("SDK-P1").name("SDK 晾衣杆").status("ON_SALE").categories(List.of(category.getId()))
                .specs(List.of(new SpecInput().name("颜色").values(List.of("红", "黄"))))
                .skus(List.of(sku("SDK-P1-R", "红", "29.90"), sku("SDK-P1-Y", "黄", "31.50")))), Product.class);
        assertThat(product.getSkus()).extracting(Sku::getPrice)
                .containsExactlyInAnyOrder(new BigDecimal("29.90"), new BigDecimal("31.50"));
        assertThat(product.getCategories()).containsExactly(category.getId());

        // The import template as CSV, two rows added, uploaded, polled until done.
        String header = new String(staff.productImportTemplate("csv"), StandardCharsets.UTF_8).strip();
        assertThat(header).contains("商品编码").contains("售价");
        Path csv = Files.createTempFile("sdk-import", ".csv");
        Files.writeString(csv, header + "\n" + row(header, "SDK-P2", "SDK 注射器", "SDK-P2-A", "1.50", "500") + "\n"
                + row(header, "SDK-P3", "SDK 口罩", "SDK-P3-A", "9.90", "80") + "\n", StandardCharsets.UTF_8);
        ProductImport job = staff.as(staff.productImports().importProducts(csv.toFile(), null), ProductImport.class);
        for (int i = 0; i < 60 && !List.of("SUCCEEDED", "FAILED").contains(job.getStatus()); i++) {
            Thread.sleep(500);
            job = staff.productImports().getProductImport(job.getId());
        }
        assertThat(job.getStatus()).as("import %s", job).isEqualTo("SUCCEEDED");
        assertThat(job.getCounts().getProductsCreated()).isEqualTo(2);

        // Stock: a count for the red SKU.
        String red = product.getSkus().stream().filter(s -> "SDK-P1-R".equals(s.getCode())).findFirst().orElseThrow().getId();
        StockMovement counted = staff.as(staff.stock().adjustStock(new StockAdjustmentInput()
                .skuId(red).quantity(40).reason("MANUAL_SET").note("SDK count")), StockMovement.class);
        assertThat(counted.getOnHandAfter()).isEqualTo(40);

        // A customer buys two red ones and pays online with the sandbox.
        customer.orders().addToMyCart(new CartLineAdd().skuId(red).quantity(2));
        Order placed = customer.orders().checkout(new CheckoutInput().delivery("EXPRESS").tender("ONLINE").coupon("NONE"));
        OrderOnlinePayment payment = customer.orders().payMyOrderOnline(placed.getId());
        customer.payments().paySandboxPayment(payment.getIntent().getOutTradeNo());
        Order paid = awaitStatus(placed.getId(), "TO_SHIP", "PENDING_REVIEW");
        if ("PENDING_REVIEW".equals(paid.getStatus())) {
            staff.orders().approveOrder(paid.getId(), etag(paid.getVersion()));
        }

        // Today's orders (in the merchant's zone) include it.
        String today = LocalDate.now(MERCHANT_ZONE).toString();
        var todays = staff.orders().listOrders(null, null, null, today, "100", null, null, null, null, null, today);
        assertThat(todays.getItems()).extracting(o -> o.getId()).contains(placed.getId());

        // Ship it, with If-Match on the version we read.
        Order toShip = staff.orders().getOrder(placed.getId());
        staff.orders().shipOrderPackage(toShip.getId(),
                new ShipmentInput().carrier("顺丰速运").trackingNumber("SF-SDK-1")
                        .lines(List.of(new ShipmentLineInput().line(0).quantity(2))), etag(toShip.getVersion()));
        assertThat(staff.orders().getOrder(placed.getId()).getStatus()).isEqualTo("SHIPPED");

        // The customer asks a refund of one unit; staff refund it back to the tender that paid.
        String reason = customer.afterSales().listAfterSaleReasons().getItems().get(0).getCode();
        AfterSale requested = customer.afterSales().requestMyAfterSale(placed.getId(), new AfterSaleRequestInput()
                .type("REFUND_ONLY").reason(reason).lines(List.of(new AfterSaleLineInput().line(0).quantity(1))));
        AfterSale current = staff.afterSales().getAfterSale(requested.getId());
        AfterSale refunded = staff.afterSales().refundAfterSale(current.getId(), etag(current.getVersion()));
        Refund refund = refunded.getRefund();
        assertThat(refund.getAmount()).isEqualByComparingTo("29.90");
        assertThat(refund.getTenders()).extracting(RefundTender::getTender).containsExactly("ONLINE");
        assertThat(refund.getTenders().stream().map(RefundTender::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(refund.getAmount());
        assertThat(staff.afterSales().listOrderRefunds(placed.getId()).getItems()).hasSize(1);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void a_refused_call_raises_the_typed_problem_with_its_code() {
        assertThatThrownBy(() -> staff.orders().getOrder("no-such-order"))
                .isInstanceOfSatisfying(ZhangguiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(404);
                    assertThat(p.code()).endsWith("NOT_FOUND");
                });
        assertThatThrownBy(() -> staff.categories().createCategory(new NewCategoryInput().name("")))
                .isInstanceOfSatisfying(ZhangguiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.code()).isNotBlank();
                });
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void a_mutating_call_whose_answer_is_lost_is_retried_with_its_key_and_runs_once() throws Exception {
        Product product = staff.as(staff.products().createProduct(new NewProductInput().code("SDK-R1").name("SDK 重试")
                .skus(List.of(new SkuInput().code("SDK-R1-A").listPrice(new BigDecimal("5.00")).price(new BigDecimal("5.00"))))), Product.class);
        String sku = product.getSkus().get(0).getId();
        staff.stock().adjustStock(new StockAdjustmentInput().skuId(sku).quantity(10).reason("MANUAL_SET"));

        // A transport that delivers the first request but loses its answer, as a dropped connection would.
        AtomicInteger sent = new AtomicInteger();
        HttpClient real = HttpClient.newHttpClient();
        HttpClient losingFirstAnswer = new RetryingHttpClient(real, 0, Duration.ZERO) {
            @Override
            public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                    throws IOException, InterruptedException {
                HttpResponse<T> response = real.send(request, handler);
                if (request.method().equals("POST") && sent.getAndIncrement() == 0) {
                    throw new IOException("connection reset (simulated, after the server answered)");
                }
                return response;
            }
        };
        ZhangguiClient flaky = ZhangguiClient.builder().baseUri(server.baseUri).transport(losingFirstAnswer)
                .retries(2, Duration.ofMillis(50))
                .tokens(TokenSource.clientCredentials(server.tokenEndpoint, "integration", "integration-secret")).build();
        StockMovement moved = flaky.as(flaky.stock().adjustStock(
                new StockAdjustmentInput().skuId(sku).delta(5).reason("RECEIVED")), StockMovement.class);
        assertThat(sent.get()).isEqualTo(2);
        assertThat(moved.getOnHandAfter()).isEqualTo(15);
        assertThat(staff.stock().listStockAdjustments(null, 100, sku, null).getItems()).hasSize(2);

        // The same key sent again on purpose: the stored answer, nothing runs twice.
        Map<String, String> key = Map.of("Idempotency-Key", "sdk-repeat-1");
        StockAdjustmentInput receive = new StockAdjustmentInput().skuId(sku).delta(3).reason("RECEIVED");
        StockMovement first = staff.as(staff.stock().adjustStock(receive, key), StockMovement.class);
        StockMovement again = staff.as(staff.stock().adjustStock(receive, key), StockMovement.class);
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(staff.stock().listStockAdjustments(null, 100, sku, null).getItems()).hasSize(3);
        // A different call under a used key is refused.
        assertThatThrownBy(() -> staff.stock().adjustStock(new StockAdjustmentInput().skuId(sku).delta(4).reason("RECEIVED"), key))
                .isInstanceOfSatisfying(ZhangguiProblem.class, p -> assertThat(p.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
    }

    private static SkuInput sku(String code, String color, String price) {
        return new SkuInput().code(code).listPrice(new BigDecimal(price)).price(new BigDecimal(price))
                .specValues(List.of(new SpecValueInput().name("颜色").value(color)));
    }

    /** One CSV row in the template's column order: code, name, SKU code, price, stock; the rest blank. */
    private static String row(String header, String code, String name, String skuCode, String price, String stock) {
        String[] columns = header.split(",", -1);
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            cells[i] = c.contains("商品编码") ? code : c.contains("商品名称") ? name : c.contains("规格编码") ? skuCode
                    : c.contains("售价") ? price : c.contains("库存") ? stock : "";
        }
        return String.join(",", cells);
    }

    private static Order awaitStatus(String orderId, String... statuses) throws Exception {
        Order order = customer.orders().getMyOrder(orderId);
        for (int i = 0; i < 40 && !List.of(statuses).contains(order.getStatus()); i++) {
            Thread.sleep(250);
            order = customer.orders().getMyOrder(orderId);
        }
        assertThat(order.getStatus()).isIn((Object[]) statuses);
        return order;
    }

    private static String etag(Long version) {
        return "\"" + version + "\"";
    }
}
