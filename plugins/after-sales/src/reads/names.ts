import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Display names for ids in reports: product titles, category names, admin users. Unknown ids map to themselves. */
export async function namesFor(container: MedusaContainer, ids: { products?: string[]; categories?: string[]; users?: string[] }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const out = { products: {} as Record<string, string>, categories: {} as Record<string, string>, users: {} as Record<string, string> }
  const products = [...new Set(ids.products ?? [])].filter((x) => x && !x.startsWith("("))
  const categories = [...new Set(ids.categories ?? [])].filter((x) => x && !x.startsWith("("))
  const users = [...new Set(ids.users ?? [])].filter((x) => x && !x.startsWith("("))
  const [p, c, u] = await Promise.all([
    products.length ? query.graph({ entity: "product", fields: ["id", "title"], filters: { id: products } }) : { data: [] },
    categories.length ? query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: categories } }) : { data: [] },
    users.length ? container.resolve(Modules.USER).listUsers({ id: users }, { select: ["id", "email", "first_name", "last_name"] }) : [],
  ])
  for (const x of p.data as any[]) out.products[x.id] = x.title
  for (const x of c.data as any[]) out.categories[x.id] = x.name
  for (const x of u as any[]) out.users[x.id] = [x.first_name, x.last_name].filter(Boolean).join(" ") || x.email
  return out
}
