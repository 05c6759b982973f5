import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Optional Redis: with REDIS_URL, Medusa's event bus, workflow engine, cache and locking move to Redis
// and Finesse jobs go through BullMQ; without it everything runs in process.
const REDIS_URL = process.env.REDIS_URL

const redisModules = REDIS_URL
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: REDIS_URL } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: REDIS_URL } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: REDIS_URL } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              id: "locking-redis",
              resolve: "@medusajs/medusa/locking-redis",
              is_default: true,
              options: { redisUrl: REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

// Every capability plugin of the demo store; FINESSE_PLUGINS=personas,pricing loads only those (core always).
const CAPABILITIES = ["personas", "recommendations", "pricing", "promotions", "logistics", "after-sales", "risk", "catalog"]
const ONLY = process.env.FINESSE_PLUGINS ? new Set(process.env.FINESSE_PLUGINS.split(",").map((s) => s.trim())) : null

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: REDIS_URL,
    // NODE_ENV=production marks the session cookie Secure; browsers drop it over plain http and the admin login
    // loops. COOKIE_SECURE=false (set by `MODE=production npm start`) allows a local http production run.
    ...(process.env.COOKIE_SECURE === "false" ? { cookieOptions: { secure: false, sameSite: "lax" as const } } : {}),
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://127.0.0.1:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://127.0.0.1:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://127.0.0.1:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  plugins: [
    {
      resolve: "@finesse/core",
      options: {
        redisUrl: REDIS_URL,
      },
    },
    ...CAPABILITIES.filter((name) => !ONLY || ONLY.has(name)).map((name) => ({ resolve: `@finesse/${name}`, options: {} })),
  ],
  modules: redisModules,
})
