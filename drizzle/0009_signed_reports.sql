CREATE TABLE "signed_reports" (
	"version_id" uuid NOT NULL,
	"report" text NOT NULL,
	"lang" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signed_reports_version_id_report_lang_pk" PRIMARY KEY("version_id","report","lang")
);
--> statement-breakpoint
ALTER TABLE "signed_reports" ADD CONSTRAINT "signed_reports_version_id_assessment_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."assessment_versions"("id") ON DELETE cascade ON UPDATE no action;