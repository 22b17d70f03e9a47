-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN     "lastFailAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "LoginThrottle_lastFailAt_idx" ON "LoginThrottle"("lastFailAt");

