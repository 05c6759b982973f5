import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204202025 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_logistics_location" drop constraint if exists "finesse_logistics_location_stock_location_id_unique";`);
    this.addSql(`alter table if exists "finesse_logistics_carrier" drop constraint if exists "finesse_logistics_carrier_code_unique";`);
    this.addSql(`alter table if exists "finesse_logistics_capacity_day" drop constraint if exists "finesse_logistics_capacity_day_location_id_day_unique";`);
    this.addSql(`create table if not exists "finesse_logistics_alert" ("id" text not null, "key" text not null, "rule" text not null, "dimension" text null, "group" text null, "value" real not null, "threshold" real not null, "severity" text not null, "message" text not null, "status" text not null default 'open', "first_at" timestamptz not null, "last_at" timestamptz not null, "resolved_at" timestamptz null, "notified_at" timestamptz null, "notification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_alert_deleted_at" ON "finesse_logistics_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_alert_key_status" ON "finesse_logistics_alert" ("key", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_alert_status_last_at" ON "finesse_logistics_alert" ("status", "last_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_capacity_day" ("id" text not null, "location_id" text not null, "day" text not null, "shipments" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_capacity_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_capacity_day_deleted_at" ON "finesse_logistics_capacity_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_logistics_capacity_day_location_id_day_unique" ON "finesse_logistics_capacity_day" ("location_id", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_carrier" ("id" text not null, "code" text not null, "name" text not null, "fulfillment_provider_id" text null, "tracking_url_template" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_carrier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_carrier_deleted_at" ON "finesse_logistics_carrier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_logistics_carrier_code_unique" ON "finesse_logistics_carrier" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_decision" ("id" text not null, "order_id" text not null, "display_id" integer null, "version" integer not null default 1, "current" boolean not null default true, "status" text not null, "source" text not null, "shipments" jsonb not null, "unallocated" jsonb not null, "split" boolean not null default false, "shipment_count" integer not null default 0, "split_lines" integer not null default 0, "reasons" jsonb not null, "summary" text not null, "decided_by" text null, "alternatives" jsonb not null, "warnings" jsonb not null, "search" jsonb not null, "destination" jsonb not null, "config" jsonb not null, "timing" jsonb null, "reservations_moved" integer not null default 0, "actor_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_decision_deleted_at" ON "finesse_logistics_decision" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_decision_order_id_current" ON "finesse_logistics_decision" ("order_id", "current") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_decision_created_at" ON "finesse_logistics_decision" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_dispatch_plan" ("id" text not null, "fleet_region_id" text not null, "day" text not null, "version" integer not null default 1, "current" boolean not null default true, "stops" integer not null default 0, "vehicles_used" integer not null default 0, "vehicles_available" integer not null default 0, "distance_km" real not null default 0, "duration_min" real not null default 0, "feasible" boolean not null default false, "unserved" jsonb not null, "problems" jsonb not null, "details" jsonb not null, "job_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_dispatch_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_dispatch_plan_deleted_at" ON "finesse_logistics_dispatch_plan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_dispatch_plan_fleet_region_id_day_current" ON "finesse_logistics_dispatch_plan" ("fleet_region_id", "day", "current") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_dispatch_route" ("id" text not null, "plan_id" text not null, "route_index" integer not null, "vehicle_id" text null, "vehicle_name" text not null, "driver_id" text null, "driver_name" text null, "stops" jsonb not null, "distance_km" real not null, "load" integer not null, "start_min" real not null, "end_min" real not null, "duration_min" real not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_dispatch_route_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_dispatch_route_deleted_at" ON "finesse_logistics_dispatch_route" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_dispatch_route_plan_id" ON "finesse_logistics_dispatch_route" ("plan_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_driver" ("id" text not null, "fleet_region_id" text not null, "name" text not null, "vehicle_id" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_driver_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_driver_deleted_at" ON "finesse_logistics_driver" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_driver_fleet_region_id" ON "finesse_logistics_driver" ("fleet_region_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_fleet_region" ("id" text not null, "name" text not null, "depot_location_id" text not null, "countries" jsonb not null, "postcode_prefixes" jsonb not null, "radius_km" real null, "currency_code" text not null, "cost_per_km" integer not null, "cost_per_stop" integer not null, "cost_per_hour" integer not null, "speed_kmh" real not null, "detour_factor" real not null, "stops_per_route" integer not null, "stops_per_day" integer not null, "area_km2" real null, "shift_start_min" integer not null, "shift_end_min" integer not null, "service_min" real not null, "service_per_unit_min" real not null, "cutoff_hour" integer not null, "delivery_days" integer not null, "policy" text not null, "solver_seconds" real not null default 5, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_fleet_region_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_fleet_region_deleted_at" ON "finesse_logistics_fleet_region" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_location" ("id" text not null, "stock_location_id" text not null, "name" text not null, "country_code" text null, "postal_code" text null, "city" text null, "lat" real null, "lng" real null, "geocode_source" text null, "markets" jsonb not null, "daily_capacity" integer null, "priority" integer not null default 0, "active" boolean not null default true, "carrier_cutoff_hour" integer not null default 14, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_location_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_location_deleted_at" ON "finesse_logistics_location" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_logistics_location_stock_location_id_unique" ON "finesse_logistics_location" ("stock_location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_rate" ("id" text not null, "carrier_code" text not null, "service" text not null, "origin_country" text null, "dest_country" text not null, "dest_postcode_prefix" text null, "max_weight_g" integer not null, "price" integer not null, "currency_code" text not null, "transit_days" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_rate_deleted_at" ON "finesse_logistics_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_rate_carrier_code" ON "finesse_logistics_rate" ("carrier_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_rate_dest_country" ON "finesse_logistics_rate" ("dest_country") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_scenario" ("id" text not null, "name" text not null, "kind" text not null, "input" jsonb not null, "result" jsonb not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_scenario_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_scenario_deleted_at" ON "finesse_logistics_scenario" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_setting" ("id" text not null, "value" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_setting_deleted_at" ON "finesse_logistics_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_shipment" ("id" text not null, "order_id" text not null, "decision_id" text null, "location_id" text not null, "location_name" text not null, "lines" jsonb not null, "units" integer not null default 0, "weight_g" integer not null default 0, "mode" text not null, "mode_reason" text null, "mode_options" jsonb null, "carrier_code" text null, "service" text null, "fleet_region_id" text null, "delivery_day" text null, "window_start_min" integer null, "window_end_min" integer null, "region" text not null, "dest_country" text not null, "dest_postcode" text null, "lat" real null, "lng" real null, "cost" integer null, "currency_code" text not null, "promised_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "status" text not null default 'pending', "fulfillment_id" text null, "tracking_number" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_shipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_shipment_deleted_at" ON "finesse_logistics_shipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_shipment_order_id" ON "finesse_logistics_shipment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_shipment_status" ON "finesse_logistics_shipment" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_shipment_fleet_region_id_delivery_day" ON "finesse_logistics_shipment" ("fleet_region_id", "delivery_day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_shipment_carrier_code_promised_at" ON "finesse_logistics_shipment" ("carrier_code", "promised_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_shipment_promised_at" ON "finesse_logistics_shipment" ("promised_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_logistics_vehicle" ("id" text not null, "fleet_region_id" text not null, "name" text not null, "capacity" integer not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_logistics_vehicle_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_vehicle_deleted_at" ON "finesse_logistics_vehicle" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_logistics_vehicle_fleet_region_id" ON "finesse_logistics_vehicle" ("fleet_region_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_logistics_alert" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_capacity_day" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_carrier" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_decision" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_dispatch_plan" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_dispatch_route" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_driver" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_fleet_region" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_location" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_rate" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_scenario" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_setting" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_shipment" cascade;`);

    this.addSql(`drop table if exists "finesse_logistics_vehicle" cascade;`);
  }

}
