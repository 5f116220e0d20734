-- Text search matches name, code and barcode by substring: with a trigram index on each, the three
-- ILIKE conditions combine into one bitmap scan instead of a scan of the merchant's products.
create index product_barcode_trgm on product using gin (barcode gin_trgm_ops);
