// Builds `@finesse/core/admin-kit` (src/admin-kit) into one browser ES module after `medusa plugin:build`, which
// only bundles a plugin's own admin extensions. React, Medusa's UI kit and the other admin libraries stay imports,
// so the host admin's bundler resolves them to the same copies the dashboard uses.
import { build } from "esbuild"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
await build({
  absWorkingDir: root,
  entryPoints: ["src/admin-kit/index.ts"],
  outfile: ".medusa/server/src/admin-kit/index.mjs",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  jsx: "automatic",
  logLevel: "warning",
  external: [
    "react",
    "react-dom",
    "react/jsx-runtime",
    "react-router-dom",
    "@medusajs/ui",
    "@medusajs/icons",
    "@medusajs/js-sdk",
    "@tanstack/react-query",
    "recharts",
  ],
})
