-- Bijlage 2 of the progress report looks up the few showcase projects among many.
-- CreateIndex
CREATE INDEX "Project_isShowcase_idx" ON "Project"("isShowcase");
