-- AlterTable
ALTER TABLE "Concessiehouder" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Zorgkantoorregio" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Hoofdrubriek" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "KwaliteitskaderTheme" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

