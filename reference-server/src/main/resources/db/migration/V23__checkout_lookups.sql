-- The payment-terms check of every checkout asks whether the customer has an unsettled cash-on-delivery
-- order. Through customer_order_customer it walked all of the customer's orders (its cost grew with
-- each order placed); this index holds only the few unsettled ones.
create index customer_order_unsettled_cod on customer_order (merchant_id, customer_id) where unsettled_cod;
