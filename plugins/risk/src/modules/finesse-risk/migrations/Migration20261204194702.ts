import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204194702 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_risk_rule_set" drop constraint if exists "finesse_risk_rule_set_version_unique";`);
    this.addSql(`alter table if exists "finesse_risk_outcome" drop constraint if exists "finesse_risk_outcome_kind_source_id_unique";`);
    this.addSql(`alter table if exists "finesse_risk_model" drop constraint if exists "finesse_risk_model_version_unique";`);
    this.addSql(`alter table if exists "finesse_risk_list_entry" drop constraint if exists "finesse_risk_list_entry_list_kind_value_hash_unique";`);
    this.addSql(`alter table if exists "finesse_risk_incident" drop constraint if exists "finesse_risk_incident_key_unique";`);
    this.addSql(`alter table if exists "finesse_risk_assessment" drop constraint if exists "finesse_risk_assessment_ref_unique";`);
    this.addSql(`alter table if exists "finesse_risk_alert" drop constraint if exists "finesse_risk_alert_incident_id_unique";`);
    this.addSql(`create table if not exists "finesse_risk_alert" ("id" text not null, "incident_id" text not null, "severity" text not null, "channel" text not null, "title" text not null, "description" text not null, "status" text check ("status" in ('sent', 'failed')) not null, "notification_id" text null, "error" text null, "sent_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_alert_deleted_at" ON "finesse_risk_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_alert_incident_id_unique" ON "finesse_risk_alert" ("incident_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_risk_assessment" ("id" text not null, "ref" text not null, "order_id" text null, "customer_id" text null, "placed_at" timestamptz not null, "amount" integer not null, "currency_code" text not null, "score" integer not null, "rules_score" integer not null, "model_probability" real null, "decision" text check ("decision" in ('allow', 'review', 'block')) not null, "decided_by" text not null, "review_status" text check ("review_status" in ('none', 'pending', 'approved', 'cancelled', 'refused')) not null default 'none', "signals" jsonb not null, "hit_codes" text[] not null, "explanation" text not null, "record" jsonb not null, "rule_set_version" integer not null default 0, "model_version" text null, "source" text check ("source" in ('checkout', 'history')) not null default 'checkout', "reviewed_by" text null, "reviewed_at" timestamptz null, "review_note" text null, "label" integer null, "labelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_assessment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_assessment_deleted_at" ON "finesse_risk_assessment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_assessment_ref_unique" ON "finesse_risk_assessment" ("ref") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_assessment_order_id" ON "finesse_risk_assessment" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_assessment_customer_id_placed_at" ON "finesse_risk_assessment" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_assessment_review_status_placed_at" ON "finesse_risk_assessment" ("review_status", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_assessment_placed_at" ON "finesse_risk_assessment" ("placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_risk_incident" ("id" text not null, "key" text not null, "start_day" text not null, "end_day" text not null, "metrics" text[] not null, "severity" text check ("severity" in ('warning', 'major', 'critical')) not null, "direction" text not null, "summary" text not null, "peak" jsonb not null, "points" jsonb not null, "status" text check ("status" in ('open', 'acknowledged', 'resolved')) not null default 'open', "detected_at" timestamptz not null, "acknowledged_by" text null, "acknowledged_at" timestamptz null, "resolved_by" text null, "resolved_at" timestamptz null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_incident_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_incident_deleted_at" ON "finesse_risk_incident" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_incident_key_unique" ON "finesse_risk_incident" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_incident_status_start_day" ON "finesse_risk_incident" ("status", "start_day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_risk_list_entry" ("id" text not null, "list" text check ("list" in ('allow', 'block')) not null, "kind" text check ("kind" in ('email', 'domain', 'ip', 'address', 'card', 'device', 'customer')) not null, "value" text not null, "value_hash" text not null, "note" text null, "created_by" text null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_list_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_list_entry_deleted_at" ON "finesse_risk_list_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_list_entry_list_kind_value_hash_unique" ON "finesse_risk_list_entry" ("list", "kind", "value_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_risk_model" ("id" text not null, "version" text not null, "status" text check ("status" in ('trained', 'insufficient_labels')) not null, "trained_at" timestamptz not null, "model" jsonb not null, "labels" integer not null default 0, "positives" integer not null default 0, "active" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_model_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_model_deleted_at" ON "finesse_risk_model" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_model_version_unique" ON "finesse_risk_model" ("version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_model_trained_at" ON "finesse_risk_model" ("trained_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_risk_outcome" ("id" text not null, "order_id" text not null, "kind" text check ("kind" in ('chargeback', 'refund', 'cancellation', 'review_approved')) not null, "fraud" boolean not null default false, "occurred_at" timestamptz not null, "amount" integer null, "currency_code" text null, "source" text not null, "source_id" text not null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_outcome_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_outcome_deleted_at" ON "finesse_risk_outcome" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_outcome_order_id" ON "finesse_risk_outcome" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_outcome_kind_source_id_unique" ON "finesse_risk_outcome" ("kind", "source_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_risk_rule_set" ("id" text not null, "version" integer not null, "rules" jsonb not null, "thresholds" jsonb not null, "model_weight" real not null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_risk_rule_set_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_risk_rule_set_deleted_at" ON "finesse_risk_rule_set" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_risk_rule_set_version_unique" ON "finesse_risk_rule_set" ("version") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_risk_alert" cascade;`);

    this.addSql(`drop table if exists "finesse_risk_assessment" cascade;`);

    this.addSql(`drop table if exists "finesse_risk_incident" cascade;`);

    this.addSql(`drop table if exists "finesse_risk_list_entry" cascade;`);

    this.addSql(`drop table if exists "finesse_risk_model" cascade;`);

    this.addSql(`drop table if exists "finesse_risk_outcome" cascade;`);

    this.addSql(`drop table if exists "finesse_risk_rule_set" cascade;`);
  }

}
