package dev.zhanggui.rest.order;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerContact;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.Tender;
import dev.zhanggui.shared.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the back office's order list (订单导出) into an {@code .xlsx} sheet, one row per order,
 * the customer by name and phone (their account), times in the merchant's zone, amounts as numbers, and a last row with the query's total. Order
 * numbers are text so that the spreadsheet never turns them into numbers.
 */
final class OrderSheetWriter implements AutoCloseable {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "订单 orders";
    /** At most this many orders in one export; narrow the filter for more. */
    static final int MAX_ROWS = 10_000;
    static final List<String> HEADERS = List.of("订单号 number", "下单时间 placed at", "状态 status", "来源 source",
            "业务员 salesperson", "客户 customer", "客户手机 customer phone", "收货人 recipient", "电话 phone", "地址 address", "配送 delivery",
            "商品 goods", "商品金额 goods payable", "运费 shipping", "订单金额 total", "待支付 amount due",
            "支付方式 tenders", "买家留言 buyer note");
    private static final int TOTAL = HEADERS.indexOf("订单金额 total");
    private static final List<Integer> WIDE = List.of(HEADERS.indexOf("地址 address"), HEADERS.indexOf("商品 goods"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Workbook workbook;
    private final Worksheet sheet;
    private final ZoneId zone;
    private int row = 1;

    OrderSheetWriter(OutputStream out, ZoneId zone) {
        this.zone = zone;
        workbook = new Workbook(out, "Zhanggui", "1.0");
        sheet = workbook.newWorksheet(SHEET);
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, HEADERS.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, WIDE.contains(c) ? 40 : 18);
        }
        sheet.freezePane(0, 1);
    }

    /** Whether another order fits under {@link #MAX_ROWS}. */
    boolean full() {
        return row > MAX_ROWS;
    }

    /** Writes the orders, each with its customer's name and phone (the account) from {@code customers}. */
    void write(List<Order> orders, Map<CustomerId, CustomerContact> customers) throws IOException {
        for (Order o : orders) {
            if (full()) {
                break;
            }
            int c = 0;
            sheet.value(row, c++, o.number());
            sheet.value(row, c++, TIME.format(o.createdAt().atZone(zone)));
            sheet.value(row, c++, o.status().name());
            sheet.value(row, c++, o.origin().source().name());
            sheet.value(row, c++, o.origin().salesperson().orElse(""));
            Optional<CustomerContact> customer = Optional.ofNullable(customers.get(o.customer()));
            sheet.value(row, c++, customer.flatMap(CustomerContact::name).orElse(""));
            sheet.value(row, c++, customer.map(k -> k.phone().value()).orElse(""));
            AddressDetails a = o.delivery().address().orElse(null);
            sheet.value(row, c++, a == null ? "" : a.recipient());
            sheet.value(row, c++, a == null ? "" : a.phone());
            sheet.value(row, c++, a == null ? "" : a.province() + a.city() + a.district() + a.detail());
            sheet.value(row, c++, o.delivery().method().name());
            sheet.value(row, c++, o.lines().stream().map(OrderSheetWriter::goods).collect(Collectors.joining("; ")));
            sheet.value(row, c++, o.goodsPayable().amount());
            sheet.value(row, c++, o.shippingPayable().amount());
            sheet.value(row, c++, o.total().amount());
            sheet.value(row, c++, o.amountDue().amount());
            sheet.value(row, c++, o.tenders().stream().map(OrderSheetWriter::tender).collect(Collectors.joining("; ")));
            sheet.value(row, c, o.contents().buyerNote().orElse(""));
            row++;
        }
        sheet.flush();
    }

    /** The closing row: the total of every order the query matched, and a note if the export was cut short. */
    void total(Money queryTotal, boolean truncated) {
        sheet.value(row, 0, "合计 total");
        sheet.style(row, 0).bold().set();
        sheet.value(row, TOTAL, queryTotal.amount());
        if (truncated) {
            sheet.value(row, 1, "only the first " + MAX_ROWS + " orders are listed; narrow the filter for the rest");
        }
    }

    private static String goods(OrderLine l) {
        String spec = l.sku().specValues().isEmpty() ? "" : " " + String.join("/", l.sku().specValues());
        return l.sku().productName() + spec + " ×" + l.quantity();
    }

    private static String tender(Tender t) {
        return t.type().name() + " " + t.amount() + (t.isSettled() ? "" : " (unsettled)");
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
