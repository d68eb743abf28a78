ALTER TABLE "documents" DROP CONSTRAINT "documents_one_owner";--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "processing_id" uuid;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_processing_id_processings_id_fk" FOREIGN KEY ("processing_id") REFERENCES "public"."processings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_processing_id_index" ON "documents" USING btree ("processing_id");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_one_owner" CHECK (num_nonnulls("documents"."supplier_id", "documents"."processing_id", "documents"."version_id") = 1 and ("documents"."version_id" is null) = ("documents"."question_id" is null));