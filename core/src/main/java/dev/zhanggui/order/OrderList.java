package dev.zhanggui.order;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;

/** A page of the back office's order list and the total amount of every order the query matches. */
public record OrderList(Page<Order> page, Money queryTotal) {
}
