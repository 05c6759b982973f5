import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204200128 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_after_sales_topic" drop constraint if exists "finesse_after_sales_topic_analysis_id_index_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_survey_response" drop constraint if exists "finesse_after_sales_survey_response_survey_id_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_survey" drop constraint if exists "finesse_after_sales_survey_token_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_sla_alert" drop constraint if exists "finesse_after_sales_sla_alert_case_id_cycle_metric_type_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_saved_reply" drop constraint if exists "finesse_after_sales_saved_reply_key_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_reply_index" drop constraint if exists "finesse_after_sales_reply_index_version_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_repair" drop constraint if exists "finesse_after_sales_repair_rma_number_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_config" drop constraint if exists "finesse_after_sales_config_key_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_case" drop constraint if exists "finesse_after_sales_case_rma_number_unique";`);
    this.addSql(`alter table if exists "finesse_after_sales_case" drop constraint if exists "finesse_after_sales_case_number_unique";`);
    this.addSql(`create table if not exists "finesse_after_sales_analysis" ("id" text not null, "kind" text not null default 'complaints', "window_from" timestamptz not null, "window_to" timestamptz not null, "case_count" integer not null default 0, "result" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_analysis_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_analysis_deleted_at" ON "finesse_after_sales_analysis" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_analysis_kind_created_at" ON "finesse_after_sales_analysis" ("kind", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_case" ("id" text not null, "number" serial, "rma_number" text not null, "kind" text check ("kind" in ('question', 'return', 'exchange', 'claim', 'repair')) not null, "status" text check ("status" in ('new', 'open', 'waiting_on_customer', 'approved', 'refused', 'resolved', 'closed', 'cancelled')) not null default 'new', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "priority_order" integer not null default 2, "channel" text check ("channel" in ('web', 'email', 'chat', 'phone', 'social')) not null default 'web', "customer_id" text null, "order_id" text null, "order_display_id" integer null, "currency_code" text null, "order_total" integer null, "assignee_id" text null, "subject" text not null, "reason" text null, "product_id" text null, "product_ids" jsonb null, "category_ids" jsonb null, "flags" jsonb null, "sla_state" text null, "sla_rank" integer not null default 3, "sla_due_at" timestamptz null, "first_response_state" text null, "first_response_due_at" timestamptz null, "resolution_state" text null, "resolution_due_at" timestamptz null, "next_sla_check_at" timestamptz null, "status_history" jsonb not null, "first_response_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "reopen_count" integer not null default 0, "message_count" integer not null default 0, "last_message_at" timestamptz null, "last_message_by" text null, "decision" jsonb null, "resolution_reply_key" text null, "follow_up_of" text null, "topic" text null, "survey_status" text null, "csat" integer null, "nps" integer null, "opened_by_type" text not null default 'customer', "opened_by_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_deleted_at" ON "finesse_after_sales_case" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_number_unique" ON "finesse_after_sales_case" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_rma_number_unique" ON "finesse_after_sales_case" ("rma_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_sla_rank_sla_due_at_priority_order_created_at_id" ON "finesse_after_sales_case" ("sla_rank", "sla_due_at", "priority_order", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_status_sla_rank_sla_due_at_priority_order_created_at_id" ON "finesse_after_sales_case" ("status", "sla_rank", "sla_due_at", "priority_order", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_customer_id_created_at" ON "finesse_after_sales_case" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_order_id" ON "finesse_after_sales_case" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_assignee_id_status" ON "finesse_after_sales_case" ("assignee_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_next_sla_check_at" ON "finesse_after_sales_case" ("next_sla_check_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_resolved_at" ON "finesse_after_sales_case" ("resolved_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_created_at" ON "finesse_after_sales_case" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_case_event" ("id" text not null, "case_id" text not null, "action" text not null, "from_status" text null, "to_status" text null, "actor_type" text not null, "actor_id" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_case_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_event_deleted_at" ON "finesse_after_sales_case_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_event_case_id_created_at" ON "finesse_after_sales_case_event" ("case_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_case_line" ("id" text not null, "case_id" text not null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "title" text null, "quantity" integer not null, "unit_price" integer not null default 0, "condition" text check ("condition" in ('unopened', 'like_new', 'used', 'damaged', 'defective')) null, "resolution" text check ("resolution" in ('refund', 'store_credit', 'exchange')) null, "exchange_variant_id" text null, "reason" text null, "outcome" text null, "decided_by" text null, "decision_message" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_case_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_line_deleted_at" ON "finesse_after_sales_case_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_line_case_id" ON "finesse_after_sales_case_line" ("case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_case_line_line_item_id" ON "finesse_after_sales_case_line" ("line_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_config" ("id" text not null, "key" text not null, "value" jsonb not null, "version" integer not null default 1, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_config_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_config_deleted_at" ON "finesse_after_sales_config" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_config_key_unique" ON "finesse_after_sales_config" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_message" ("id" text not null, "case_id" text not null, "visibility" text check ("visibility" in ('customer', 'internal')) not null default 'customer', "author_type" text check ("author_type" in ('agent', 'customer', 'system')) not null, "author_id" text null, "body" text not null, "reply_key" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_message_deleted_at" ON "finesse_after_sales_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_message_case_id_created_at" ON "finesse_after_sales_message" ("case_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_remedy" ("id" text not null, "case_id" text not null, "type" text check ("type" in ('return', 'exchange', 'claim', 'repair')) not null, "status" text not null default 'requested', "order_id" text null, "return_id" text null, "exchange_id" text null, "claim_id" text null, "repair_id" text null, "currency_code" text null, "refund_amount" integer not null default 0, "store_credit_amount" integer not null default 0, "refunded_amount" integer not null default 0, "items" jsonb null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_remedy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_remedy_deleted_at" ON "finesse_after_sales_remedy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_remedy_case_id" ON "finesse_after_sales_remedy" ("case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_remedy_return_id" ON "finesse_after_sales_remedy" ("return_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_remedy_exchange_id" ON "finesse_after_sales_remedy" ("exchange_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_remedy_claim_id" ON "finesse_after_sales_remedy" ("claim_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_repair" ("id" text not null, "case_id" text not null, "rma_number" text not null, "status" text check ("status" in ('requested', 'approved', 'awaiting_item', 'received', 'diagnosing', 'quote_sent', 'repairing', 'repaired', 'shipped_back', 'completed', 'replaced', 'returned_unrepaired', 'rejected', 'cancelled')) not null default 'requested', "line_item_id" text null, "product_id" text null, "variant_id" text null, "issue" text null, "warranty_status" text not null, "warranty_term_id" text null, "warranty_ends_at" timestamptz null, "covered" boolean null, "quote_amount" integer null, "currency_code" text null, "history" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_repair_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_repair_deleted_at" ON "finesse_after_sales_repair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_repair_case_id" ON "finesse_after_sales_repair" ("case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_repair_rma_number_unique" ON "finesse_after_sales_repair" ("rma_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_reply_index" ("id" text not null, "version" integer not null, "documents" integer not null, "cursor_at" timestamptz null, "cursor_id" text null, "bytes" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_reply_index_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_reply_index_deleted_at" ON "finesse_after_sales_reply_index" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_reply_index_version_unique" ON "finesse_after_sales_reply_index" ("version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_saved_reply" ("id" text not null, "key" text not null, "title" text not null, "body" text not null, "kinds" jsonb null, "reasons" jsonb null, "use_count" integer not null default 0, "archived" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_saved_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_saved_reply_deleted_at" ON "finesse_after_sales_saved_reply" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_saved_reply_key_unique" ON "finesse_after_sales_saved_reply" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_sla_alert" ("id" text not null, "case_id" text not null, "cycle" integer not null default 0, "metric" text check ("metric" in ('first_response', 'resolution')) not null, "type" text check ("type" in ('warning', 'breach')) not null, "crossed_at" timestamptz null, "notification_id" text null, "receiver_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_sla_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_sla_alert_deleted_at" ON "finesse_after_sales_sla_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_sla_alert_case_id_cycle_metric_type_unique" ON "finesse_after_sales_sla_alert" ("case_id", "cycle", "metric", "type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_sla_alert_created_at" ON "finesse_after_sales_sla_alert" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_survey" ("id" text not null, "case_id" text not null, "customer_id" text null, "token" text not null, "scale" text check ("scale" in ('csat', 'nps')) not null default 'csat', "status" text check ("status" in ('scheduled', 'sent', 'answered', 'failed', 'skipped')) not null default 'scheduled', "send_at" timestamptz not null, "sent_at" timestamptz null, "answered_at" timestamptz null, "notification_id" text null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_survey_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_deleted_at" ON "finesse_after_sales_survey" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_token_unique" ON "finesse_after_sales_survey" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_case_id" ON "finesse_after_sales_survey" ("case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_status_send_at" ON "finesse_after_sales_survey" ("status", "send_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_survey_response" ("id" text not null, "survey_id" text not null, "case_id" text not null, "customer_id" text null, "scale" text check ("scale" in ('csat', 'nps')) not null, "score" integer not null, "comment" text null, "agent_id" text null, "reason" text null, "product_ids" jsonb null, "category_ids" jsonb null, "answered_at" timestamptz not null, "follow_up" text check ("follow_up" in ('none', 'reopen', 'follow_up_case')) not null default 'none', "follow_up_case_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_survey_response_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_response_deleted_at" ON "finesse_after_sales_survey_response" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_response_survey_id_unique" ON "finesse_after_sales_survey_response" ("survey_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_response_answered_at" ON "finesse_after_sales_survey_response" ("answered_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_survey_response_case_id" ON "finesse_after_sales_survey_response" ("case_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_topic" ("id" text not null, "analysis_id" text not null, "index" integer not null, "name" text null, "label" text not null, "terms" jsonb not null, "size" integer not null, "share" real not null, "exemplar_case_ids" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_topic_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_topic_deleted_at" ON "finesse_after_sales_topic" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_after_sales_topic_analysis_id_index_unique" ON "finesse_after_sales_topic" ("analysis_id", "index") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_after_sales_warranty_term" ("id" text not null, "name" text not null, "product_ids" jsonb null, "category_ids" jsonb null, "months" integer not null, "covers" jsonb not null, "excludes" jsonb null, "starts_from" text check ("starts_from" in ('delivery', 'order')) not null default 'delivery', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_after_sales_warranty_term_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_after_sales_warranty_term_deleted_at" ON "finesse_after_sales_warranty_term" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_after_sales_analysis" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_case" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_case_event" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_case_line" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_config" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_message" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_remedy" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_repair" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_reply_index" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_saved_reply" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_sla_alert" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_survey" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_survey_response" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_topic" cascade;`);

    this.addSql(`drop table if exists "finesse_after_sales_warranty_term" cascade;`);
  }

}
