import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { manageableProducts } from "@/lib/server/projectenbank/products";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ProductForm, ProductList } from "@/components/forms/product-form";
import type { Ctx } from "@/lib/server/accounts/session";
import { gatedProjectPage } from "../gate";

export const metadata: Metadata = { title: "Producten" };

/** A project's kennisbank products: its leader and WIR add a link or a file, and remove them. */
export default async function ProjectProductsPage({ params }: { params: Promise<{ id: string }> }) {
  return gatedProjectPage((await params).id, { permissions: ["project:edit"], page: "products", loadingText: "De producten worden geladen…" }, (ctx, id) => <ProductsPage ctx={ctx} id={id} />);
}

async function ProductsPage({ ctx, id }: { ctx: Ctx; id: string }) {
  const data = await manageableProducts(ctx, id);
  if (!data) notFound();
  const { project, products } = data;
  return (
    <>
      <PageHeader
        title={`Producten van ${project.title}`}
        intro={
          <>
            <Link href={`/projecten/${project.id}`} className="underline">
              Terug naar het project ({project.wirNumber})
            </Link>
            . Opgeleverde producten staan op de openbare projectkaart in de Projectenbank zodra die gepubliceerd is
            {project.isPublic ? " (nu gepubliceerd)" : " (nu niet gepubliceerd)"}; iedereen kan ze dan downloaden.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Opgeleverde producten">
          <ProductList products={products} />
        </Card>
        <Card title="Product toevoegen">
          <ProductForm projectId={project.id} />
        </Card>
      </div>
    </>
  );
}
