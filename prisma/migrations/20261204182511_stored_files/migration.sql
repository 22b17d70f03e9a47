-- CreateTable
CREATE TABLE "StoredFile" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeProduct_fileKey_key" ON "KnowledgeProduct"("fileKey");

-- AddForeignKey
ALTER TABLE "KnowledgeProduct" ADD CONSTRAINT "KnowledgeProduct_fileKey_fkey" FOREIGN KEY ("fileKey") REFERENCES "StoredFile"("key") ON DELETE SET NULL ON UPDATE CASCADE;


-- Uploaded files are already compressed (PDF, Office, images): store them without TOAST compression.
ALTER TABLE "StoredFile" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

-- A product's file goes with it, however the product is deleted (its own delete, or its project's cascade).
CREATE FUNCTION "knowledge_product_file_cleanup"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "StoredFile" f USING old_rows o WHERE f."key" = o."fileKey";
  RETURN NULL;
END $$;
CREATE TRIGGER "KnowledgeProduct_file_cleanup" AFTER DELETE ON "KnowledgeProduct"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "knowledge_product_file_cleanup"();
