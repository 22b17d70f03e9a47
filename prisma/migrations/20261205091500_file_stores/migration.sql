-- Kennisbank files on disk (default), in S3-compatible object storage or in the database (ADR 0023).
-- StoredFile keeps the metadata row of every file (the product's foreign key stays); the bytes are
-- in the row only for the database store. Existing files were written to the database.
ALTER TABLE "StoredFile" ADD COLUMN "store" TEXT NOT NULL DEFAULT 'database';
ALTER TABLE "StoredFile" ALTER COLUMN "store" DROP DEFAULT;
ALTER TABLE "StoredFile" ALTER COLUMN "bytes" DROP NOT NULL;
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_store_check" CHECK ("store" IN ('database', 'disk', 's3'));
-- bytes in the row exactly when the database holds the file
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_bytes_check" CHECK (("store" = 'database') = ("bytes" IS NOT NULL));
