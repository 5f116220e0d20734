-- The cost price (成本价) of a SKU: what the merchant paid; shown to staff only. Optional.
alter table sku add column cost_price numeric(19, 2) check (cost_price >= 0);
