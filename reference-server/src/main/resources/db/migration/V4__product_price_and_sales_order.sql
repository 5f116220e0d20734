-- The lowest SKU price of a product, kept by the application whenever it stores the product: lists
-- sort by it (PRICE_ASC / PRICE_DESC) with a keyset on (lowest_price, id), like the other orders.
alter table product add column lowest_price numeric(19, 2) not null default 0;
create index product_by_price on product (merchant_id, lowest_price, id);
create index product_by_sales on product (merchant_id, sales_count, id);
create index product_by_order on product (merchant_id, sort_order, id);
