-- The largest share of an order's total that points may pay (积分抵扣比例), per merchant: 100 lets
-- points pay the whole order (积分全额抵扣, the default), 0 takes points out of checkout.
alter table order_setting
    add column points_max_share_percent smallint not null default 100
        check (points_max_share_percent between 0 and 100);
