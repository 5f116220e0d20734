-- Featured placements (首页焦点图, 首页商品设置): per merchant and placement code, the featured
-- products in order. Deleting a product takes it out of every placement.
create table placement_item (
    merchant_id     varchar(63)  not null references merchant (id),
    placement_code  varchar(32)  collate "C" not null,
    position        int          not null,
    product_id      uuid         not null references product (id) on delete cascade,
    primary key (merchant_id, placement_code, product_id)
);

create index placement_item_order on placement_item (merchant_id, placement_code, position);
