import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125185020 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_finesse_persona_profile_customer_id_unique";`);
    this.addSql(`drop index if exists "IDX_finesse_persona_profile_rfm_segment";`);
    // a recompute rewrites every profile: free space on each page lets Postgres update rows in place (HOT)
    this.addSql(`alter table if exists "finesse_persona_profile" set (fillfactor = 50);`);
    this.addSql(`alter table if exists "finesse_persona_segment_member" set (fillfactor = 80);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "finesse_persona_profile" reset (fillfactor);`);
    this.addSql(`alter table if exists "finesse_persona_segment_member" reset (fillfactor);`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_profile_customer_id_unique" ON "finesse_persona_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_profile_rfm_segment" ON "finesse_persona_profile" ("rfm_segment") WHERE deleted_at IS NULL;`);
  }

}
