-- Synthetic order facts for the `personas` benchmark, written straight into core's fact tables with SQL (core's own
-- writers would take far longer for a million orders; the recompute only reads these tables through core's read API).
-- :customers customers, :orders orders (every customer has one, the rest skewed so a few customers buy often),
-- 1-3 lines per order over 2,000 products in 40 categories, 20 % of orders discounted, two years of history, and
-- :views product views of customers in the last 180 days. Times are whole milliseconds, as core writes them, and
-- rows are inserted in time order, as a live store's facts accumulate.
insert into finesse_order_fact (id, customer_id, currency_code, placed_at, status, item_count, units, subtotal, discount_total, total,
                                customer_order_index, created_at, updated_at)
select 'order_b' || lpad(g::text, 8, '0'), 'cus_b' || lpad(c::text, 7, '0'), 'eur', placed_at, 'completed',
       n, n + (g % 2), s, d, s - d, null, now(), now()
  from (
    select g,
           case when g <= :customers then g else 1 + floor(power(random(), 2.2) * :customers)::int end as c,
           date_trunc('milliseconds', now() - (power(random(), 0.8) * interval '730 days')) as placed_at,
           1 + (g % 3) as n,
           (1500 + floor(random() * 18000))::int as s,
           case when random() < 0.2 then 500 + (g % 5) * 100 else 0 end as d
      from generate_series(1, :orders) g
  ) x
 -- rows land in the order a live store writes them (by time), as core's subscribers and backfill do
 order by placed_at;

insert into finesse_order_line_fact (id, order_id, placed_at, status, customer_id, currency_code, product_id, variant_id, category_id,
                                     quantity, unit_price, subtotal, total, created_at, updated_at)
select o.id || '_' || k, o.id, o.placed_at, 'completed', o.customer_id, 'eur',
       'prod_b' || ((hashtext(o.id)::bigint + 2147483648 + k * 7919) % 2000),
       'variant_b' || ((hashtext(o.id)::bigint + 2147483648 + k * 7919) % 2000),
       'pcat_b' || ((hashtext(o.customer_id)::bigint + 2147483648 + k) % 40),
       1, o.subtotal / o.item_count, o.subtotal / o.item_count, o.subtotal / o.item_count, now(), now()
  from finesse_order_fact o cross join lateral generate_series(1, o.item_count) k
 order by o.placed_at, o.id;

insert into finesse_event (id, client_event_id, type, source, customer_id, occurred_at, received_at, product_id, category_id, created_at, updated_at)
select 'fev_b' || g, 'bench-view-' || g, 'product_viewed', 'storefront', customer_id, occurred_at, now(),
       'prod_b' || (g % 2000), 'pcat_b' || (g % 40), now(), now()
  from (
    select g, 'cus_b' || lpad((1 + floor(power(random(), 1.5) * :customers)::int)::text, 7, '0') as customer_id,
           date_trunc('milliseconds', now() - random() * interval '170 days') as occurred_at
      from generate_series(1, :views) g
  ) x
 order by occurred_at;

analyze finesse_order_fact;
analyze finesse_order_line_fact;
analyze finesse_event;
