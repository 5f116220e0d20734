-- The pricing and promotion lists are read in keyset pages per merchant (where merchant_id = ?
-- and id < ? order by id desc limit n + 1). Every list has an index on (merchant_id, <its order>)
-- since V12 (member levels by requirement, level prices, groups and their members, price lists,
-- carriers, promotions, coupon templates, coupon codes by template, a customer's coupons) except
-- the time-limited prices, whose only index serves the quote's lookup by SKU.
create index flash_price_merchant on flash_price (merchant_id, id);
