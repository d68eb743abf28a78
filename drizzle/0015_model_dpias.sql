CREATE TABLE "dpia_model_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"model_date" date NOT NULL,
	"document" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dpia_model_versions_modelId_version_unique" UNIQUE("model_id","version")
);
--> statement-breakpoint
CREATE TABLE "dpia_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"publisher" text NOT NULL,
	"system" text NOT NULL,
	"supplier_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_bases" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"model_version_id" uuid NOT NULL,
	"answer_changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"risk_id" uuid,
	"measure_id" uuid,
	"decision" text,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "model_items_versionId_kind_key_unique" UNIQUE("version_id","kind","key")
);
--> statement-breakpoint
ALTER TABLE "dpia_model_versions" ADD CONSTRAINT "dpia_model_versions_model_id_dpia_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."dpia_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpia_model_versions" ADD CONSTRAINT "dpia_model_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpia_model_versions" ADD CONSTRAINT "dpia_model_versions_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpia_models" ADD CONSTRAINT "dpia_models_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpia_models" ADD CONSTRAINT "dpia_models_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_bases" ADD CONSTRAINT "model_bases_version_id_assessment_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."assessment_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_bases" ADD CONSTRAINT "model_bases_model_version_id_dpia_model_versions_id_fk" FOREIGN KEY ("model_version_id") REFERENCES "public"."dpia_model_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_items" ADD CONSTRAINT "model_items_version_id_assessment_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."assessment_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_items" ADD CONSTRAINT "model_items_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_items" ADD CONSTRAINT "model_items_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_items" ADD CONSTRAINT "model_items_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dpia_model_versions_organisation_id_index" ON "dpia_model_versions" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dpia_models_identity_idx" ON "dpia_models" USING btree ("organisation_id",lower("publisher"),lower("system"));