CREATE TABLE "document_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"supplier_id" uuid,
	"version_id" uuid,
	"question_id" text,
	"kind" text DEFAULT 'other' NOT NULL,
	"file_name" text NOT NULL,
	"replaces_id" uuid,
	"uploaded_by" uuid,
	"uploader_label" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_one_owner" CHECK (("documents"."supplier_id" is null) <> ("documents"."version_id" is null) and ("documents"."version_id" is null) = ("documents"."question_id" is null))
);
--> statement-breakpoint
ALTER TABLE "assessment_versions" ADD COLUMN "supplier_snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_document_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."document_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_version_id_assessment_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."assessment_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_files_organisation_id_index" ON "document_files" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "documents_supplier_id_index" ON "documents" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "documents_version_id_question_id_index" ON "documents" USING btree ("version_id","question_id");--> statement-breakpoint
CREATE INDEX "documents_file_id_index" ON "documents" USING btree ("file_id");