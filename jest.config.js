const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // The root is the host Medusa app; plugins/* are workspaces with their own jest config.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/plugins/", "<rootDir>/.medusa/"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  watchPathIgnorePatterns: ["<rootDir>/plugins/"],
  setupFiles: ["./integration-tests/setup.js"],
}

if (process.env.TEST_TYPE === "integration:http") {
  module.exports.testMatch = ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"]
} else if (process.env.TEST_TYPE === "integration:modules") {
  module.exports.testMatch = ["<rootDir>/src/modules/*/__tests__/**/*.[jt]s"]
} else if (process.env.TEST_TYPE === "unit") {
  module.exports.testMatch = ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"]
} else if (process.env.TEST_TYPE === "e2e") {
  module.exports.testMatch = ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"]
}
