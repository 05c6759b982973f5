// Shared by every plugin: ../jest.plugin.config.js
module.exports = require("../jest.plugin.config.js")
