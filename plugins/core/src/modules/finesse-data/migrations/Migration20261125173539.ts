import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125173539 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_finesse_event_type_occurred_at";`);
    this.addSql(`drop index if exists "IDX_finesse_event_session_id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_type_occurred_at" ON "finesse_event" ("type", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_session_id" ON "finesse_event" ("session_id") WHERE deleted_at IS NULL;`);
  }

}
