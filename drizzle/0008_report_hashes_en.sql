ALTER TABLE "assessment_versions" ADD COLUMN "full_report_sha256_en" text;--> statement-breakpoint
ALTER TABLE "assessment_versions" ADD COLUMN "gmr_report_sha256_en" text;