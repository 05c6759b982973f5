// The one Jest configuration of every plugin under plugins/ (each plugin's jest.config.js requires this file, so
// `<rootDir>` is that plugin). TEST_TYPE picks the tier: `unit` (pure libraries, `*.unit.spec.ts`) or
// `integration:modules` (module tests against Postgres, `src/modules/*/__tests__`).
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
}

if (process.env.TEST_TYPE === "integration:modules") {
  module.exports.testMatch = ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"]
} else if (process.env.TEST_TYPE === "unit") {
  module.exports.testMatch = ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"]
}
