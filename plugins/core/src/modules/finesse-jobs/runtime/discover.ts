import fs from "node:fs"
import path from "node:path"
import type { ConfigModule } from "@medusajs/framework/types"
import { getResolvedPlugins } from "@medusajs/framework/utils"

let discovered: Promise<string[]> | undefined

/**
 * Loads `queues/<name>/definition` and `processor` of every installed plugin and of the app itself, so any plugin
 * can add job kinds by convention, with no registration code. Loading a definition registers its kind; loading a
 * processor attaches its handler. Runs once per process.
 */
export function discoverJobDefinitions(configModule: ConfigModule, rootDir = process.cwd()): Promise<string[]> {
  discovered ??= (async () => {
    const loaded: string[] = []
    const plugins = await getResolvedPlugins(rootDir, configModule, true)
    for (const plugin of plugins) {
      const dir = path.join(plugin.resolve, "queues")
      if (!fs.existsSync(dir)) continue
      for (const name of fs.readdirSync(dir).sort()) {
        for (const file of ["definition", "processor"]) {
          const found = [".js", ".ts"].map((ext) => path.join(dir, name, file + ext)).find((f) => fs.existsSync(f))
          if (!found) continue
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require(found)
          loaded.push(found)
        }
      }
    }
    return loaded
  })()
  return discovered
}
