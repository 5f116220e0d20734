package dev.zhanggui.server.demo;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryService;
import dev.zhanggui.catalog.GeoPoint;
import dev.zhanggui.catalog.NewCategory;
import dev.zhanggui.catalog.NewProduct;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StoreDetails;
import dev.zhanggui.catalog.StoreService;
import dev.zhanggui.catalog.ProductDetails;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.SkuDraft;
import dev.zhanggui.catalog.Spec;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo catalog of merchant demo: a two-level category tree, two stores in Shanghai, 50
 * products (five lines of ten kinds), most on sale, some with specs, and stock in the warehouse and
 * both stores. Loaded after the merchants exist, once: a catalog that has its first product is
 * left alone.
 */
@ApplicationScoped
public class ProductDemoData {
    private static final List<String> LINES = List.of("掌柜", "良品", "优选", "家用", "精选");
    private static final List<String> DEPARTMENTS = List.of("日用百货", "医疗耗材", "数码电器");
    private static final List<Kind> KINDS = List.of(
            new Kind("晾衣杆", "39.00", List.of(new Spec("颜色", List.of("白", "银")), new Spec("长度", List.of("1.2m", "1.5m")))),
            new Kind("保温杯", "59.00", List.of(new Spec("颜色", List.of("白", "黑", "粉")), new Spec("容量", List.of("350ml", "500ml")))),
            new Kind("一次性无菌注射器", "0.80", List.of(new Spec("规格", List.of("1ml", "5ml", "10ml")))),
            new Kind("医用口罩", "12.00", List.of()),
            new Kind("纯棉毛巾", "19.90", List.of(new Spec("颜色", List.of("蓝", "灰")))),
            new Kind("不锈钢锅", "168.00", List.of(new Spec("口径", List.of("26cm", "30cm")))),
            new Kind("儿童牙刷", "9.90", List.of()),
            new Kind("蓝牙耳机", "299.00", List.of(new Spec("颜色", List.of("黑", "白")))),
            new Kind("运动水壶", "45.00", List.of()),
            new Kind("收纳箱", "29.90", List.of(new Spec("尺寸", List.of("小", "中", "大")))));

    @Inject
    ProductService products;
    @Inject
    ProductRepository repository;
    @Inject
    CategoryService categories;
    @Inject
    StoreService stores;
    @Inject
    StockService stock;
    @Inject
    Transactions transactions;
    @ConfigProperty(name = "zhanggui.demo.enabled", defaultValue = "true")
    boolean enabled;

    void load(@Observes @Priority(20) StartupEvent startup) {
        if (!enabled || transactions.inTransaction(() -> repository.findByCode(DemoData.DEMO, code(0, 0)).isPresent())) {
            return;
        }
        Actor system = Actor.system(DemoData.DEMO, "demo-data");
        List<CategoryId> kindCategories = categories(system);
        List<StockLocation> locations = List.of(StockLocation.WAREHOUSE,
                store(system, "人民广场店", "上海市黄浦区南京东路 100 号", "31.230400", "121.473700"),
                store(system, "陆家嘴店", "上海市浦东新区世纪大道 8 号", "31.239700", "121.499800"));
        for (int line = 0; line < LINES.size(); line++) {
            for (int kind = 0; kind < KINDS.size(); kind++) {
                Product product = products.create(system, product(line, kind, kindCategories.get(kind)));
                for (Sku sku : product.skus()) {
                    for (int l = 0; l < locations.size(); l++) {
                        stock.setStock(system, sku.id(), locations.get(l), l == 0 ? 200 : 20 + kind,
                                StockChangeReason.RECEIVED, Optional.of("demo data"));
                    }
                }
            }
        }
        Log.info("Demo catalog loaded: 13 categories, 2 stores, 50 products of merchant demo with stock");
    }

    /** One sub-category per kind, under its department (晾衣杆 under 日用百货, 注射器 under 医疗耗材). */
    private List<CategoryId> categories(Actor system) {
        List<CategoryId> departments = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            departments.add(categories.create(system, new NewCategory(Optional.empty(), DEPARTMENTS.get(i),
                    Optional.empty(), i)).id());
        }
        List<CategoryId> kinds = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            int department = i == 2 || i == 3 ? 1 : i == 7 ? 2 : 0;
            kinds.add(categories.create(system, new NewCategory(Optional.of(departments.get(department)),
                    KINDS.get(i).name(), Optional.empty(), i)).id());
        }
        return kinds;
    }

    private StockLocation store(Actor system, String name, String address, String latitude, String longitude) {
        GeoPoint point = new GeoPoint(new BigDecimal(latitude), new BigDecimal(longitude));
        return StockLocation.store(stores.create(system, new StoreDetails(name, address, point,
                Optional.of("09:00-21:00"), Optional.of("021-60000000"))).id());
    }

    private static NewProduct product(int line, int kind, CategoryId category) {
        Kind k = KINDS.get(kind);
        String code = code(line, kind);
        Money price = Money.of(k.price()).times(new java.math.BigDecimal(100 + 5 * line).movePointLeft(2));
        ProductDetails details = new ProductDetails(code, LINES.get(line) + k.name(),
                Optional.of("69" + String.format("%011d", line * 100 + kind)), Optional.of("<p>" + k.name() + "</p>"),
                List.of("https://img.example.com/demo/" + code + ".jpg"), Set.of(category), kind);
        SkuDraft template = new SkuDraft(List.of(), Optional.empty(), Optional.empty(), price.times(new java.math.BigDecimal("1.2")),
                price, Optional.of(Points.of(price.minorUnits())), 200 + 50 * kind);
        ProductStatus status = (line * 10 + kind) % 7 == 6 ? ProductStatus.IN_WAREHOUSE : ProductStatus.ON_SALE;
        return new NewProduct(details, Optional.of(status), k.specs(), List.of(), Optional.of(template));
    }

    private static String code(int line, int kind) {
        return "DEMO-P%03d".formatted(line * 10 + kind + 1);
    }

    private record Kind(String name, String price, List<Spec> specs) {
    }
}
