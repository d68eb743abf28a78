CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kvk_number" text DEFAULT '' NOT NULL,
	"privacy_contact" text DEFAULT '' NOT NULL,
	"convenant_party" boolean DEFAULT false NOT NULL,
	"convenant_since" date,
	"agreement_model" text DEFAULT 'none' NOT NULL,
	"agreement_signed_on" date,
	"agreement_valid_until" date,
	"privacy_annex" boolean DEFAULT false NOT NULL,
	"storage_country" text DEFAULT '' NOT NULL,
	"sub_processors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "processings" ADD COLUMN "supplier_id" uuid;--> statement-breakpoint
ALTER TABLE "processings" ADD COLUMN "supplier_change" jsonb;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_org_name_idx" ON "suppliers" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
ALTER TABLE "processings" ADD CONSTRAINT "processings_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "processings_supplier_id_index" ON "processings" USING btree ("supplier_id");--> statement-breakpoint
-- Free-text suppliers become supplier records: one per board and name (trimmed, case ignored), nothing lost.
INSERT INTO "suppliers" ("organisation_id", "name")
SELECT "organisation_id", min(btrim("vendor")) FROM "processings"
WHERE btrim("vendor") <> ''
GROUP BY "organisation_id", lower(btrim("vendor"));--> statement-breakpoint
UPDATE "processings" AS p SET "supplier_id" = s."id"
FROM "suppliers" AS s
WHERE s."organisation_id" = p."organisation_id" AND lower(s."name") = lower(btrim(p."vendor"));
