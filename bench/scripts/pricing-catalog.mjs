// Synthetic catalog for the `pricing` benchmark, written straight into Medusa's product and pricing tables and
// core's cost table with SQL (Medusa's create workflows would take an hour for 100,000 variants; the benchmark
// measures what repricing does with a catalog, not how it was made). Deterministic in its inputs:
//   `variants` variants on variants / 2 products in 40 categories, one EUR price each (10.00 to 199.99),
//   a unit cost of 40-70 % of it, and competitor observations (3 competitors) for the first third of the variants.
export function catalogSql({ variants, seed = 7 }) {
  const products = Math.ceil(variants / 2)
  return `
select setseed(${(seed % 1000) / 1000});
insert into product_category (id, name, handle, mpath, is_active, rank)
select 'pcat_pb' || c, 'Bench category ' || c, 'bench-category-' || c, 'pcat_pb' || c, true, c from generate_series(0, 39) c;

insert into product (id, title, handle, status, created_at, updated_at)
select 'prod_pb' || lpad(p::text, 7, '0'), 'Bench product ' || p, 'bench-product-' || p, 'published', now(), now()
  from generate_series(1, ${products}) p;

insert into product_category_product (product_id, product_category_id)
select 'prod_pb' || lpad(p::text, 7, '0'), 'pcat_pb' || (p % 40) from generate_series(1, ${products}) p;

insert into product_variant (id, title, product_id, sku, manage_inventory, variant_rank, created_at, updated_at)
select 'variant_pb' || lpad(v::text, 7, '0'), 'V' || v, 'prod_pb' || lpad(((v + 1) / 2)::text, 7, '0'), 'PB-' || v, false, v % 2, now(), now()
  from generate_series(1, ${variants}) v;

insert into price_set (id, created_at, updated_at) select 'pset_pb' || lpad(v::text, 7, '0'), now(), now() from generate_series(1, ${variants}) v;

insert into product_variant_price_set (variant_id, price_set_id, id)
select 'variant_pb' || lpad(v::text, 7, '0'), 'pset_pb' || lpad(v::text, 7, '0'), 'pvps_pb' || v from generate_series(1, ${variants}) v;

create temporary table bench_price as
select v, (1000 + floor(random() * 19000))::int as minor from generate_series(1, ${variants}) v;

insert into price (id, price_set_id, currency_code, amount, raw_amount, rules_count, created_at, updated_at)
select 'price_pb' || lpad(v::text, 7, '0'), 'pset_pb' || lpad(v::text, 7, '0'), 'eur', minor / 100.0,
       jsonb_build_object('value', (minor / 100.0)::text, 'precision', 20), 0, now(), now()
  from bench_price;

insert into finesse_variant_cost (id, variant_id, currency_code, amount, source, created_at, updated_at)
select 'fvc_pb' || v, 'variant_pb' || lpad(v::text, 7, '0'), 'eur', round(minor * (0.4 + random() * 0.3))::int, 'seed', now(), now()
  from bench_price;

insert into finesse_pricing_competitor (id, code, name, active, created_at, updated_at)
values ('fpcomp_pb1', 'bench-a', 'Bench A', true, now(), now()), ('fpcomp_pb2', 'bench-b', 'Bench B', true, now(), now()),
       ('fpcomp_pb3', 'bench-c', 'Bench C', true, now(), now());

-- a week of daily quotes for the first third of the variants, around our price (−15 % … +10 %)
insert into finesse_pricing_observation (id, competitor_id, variant_id, product_id, currency_code, price, in_stock, observed_at, source, created_at, updated_at)
select 'fpobs_pb' || c || '_' || v || '_' || d, 'fpcomp_pb' || c, 'variant_pb' || lpad(v::text, 7, '0'), 'prod_pb' || lpad(((v + 1) / 2)::text, 7, '0'), 'eur',
       greatest(100, round(minor * (0.85 + random() * 0.25)))::int, random() > 0.05, date_trunc('hour', now()) - (d || ' days')::interval - (c || ' hours')::interval, 'seed', now(), now()
  from bench_price cross join generate_series(1, 3) c cross join generate_series(1, 2) d
 where v <= ${Math.floor(variants / 3)};

analyze product; analyze product_variant; analyze price; analyze product_variant_price_set; analyze product_category_product;
analyze finesse_variant_cost; analyze finesse_pricing_observation;
`
}
