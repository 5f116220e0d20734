package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.rest.aftersale.AfterSaleViews.AfterSaleView;
import dev.zhanggui.shared.Actor;
import jakarta.ws.rs.core.Response;

/** The answer every after-sales step gives: the request with its refund, its version as the ETag. */
final class AfterSaleAnswers {
    private AfterSaleAnswers() {
    }

    static Response withETag(AfterSaleService afterSales, Actor actor, AfterSale afterSale) {
        AfterSaleView view = AfterSaleView.of(afterSale, afterSale.refund().isPresent()
                ? afterSales.refundOf(actor, afterSale.id()) : java.util.Optional.empty());
        return Response.ok(view).tag(String.valueOf(afterSale.version())).build();
    }
}
