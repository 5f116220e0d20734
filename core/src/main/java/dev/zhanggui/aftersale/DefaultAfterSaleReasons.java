package dev.zhanggui.aftersale;

import dev.zhanggui.shared.MerchantId;

import java.util.List;

/** The reasons every merchant starts with (默认售后原因), until it sets its own. */
public final class DefaultAfterSaleReasons implements AfterSaleReasons {
    public static final List<AfterSaleReason> LIST = List.of(
            new AfterSaleReason("NO_LONGER_WANTED", "不想要了/拍错了", "No longer wanted, or ordered by mistake"),
            new AfterSaleReason("NOT_AS_DESCRIBED", "与商品描述不符", "Not as described"),
            new AfterSaleReason("QUALITY_PROBLEM", "质量问题", "Quality problem"),
            new AfterSaleReason("DAMAGED_IN_TRANSIT", "运输途中损坏", "Damaged in transit"),
            new AfterSaleReason("WRONG_ITEM", "商家发错货", "Wrong item sent"),
            new AfterSaleReason("MISSING_ITEM", "少件/漏发", "Missing item"),
            new AfterSaleReason("NOT_SHIPPED_IN_TIME", "未按约定时间发货", "Not shipped in time"),
            new AfterSaleReason("AGREED_WITH_MERCHANT", "与商家协商一致退款", "Agreed with the merchant"),
            new AfterSaleReason("OTHER", "其他", "Other"));

    @Override
    public List<AfterSaleReason> of(MerchantId merchant) {
        return LIST;
    }
}
