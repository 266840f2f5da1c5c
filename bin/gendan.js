#!/usr/bin/env node
// Starts the bundled command line; the bundle is built by `npm run build:cli` (run on npm install).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist", "cli", "gendan.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(`gendan: ${bundle} is missing; run \`npm run build:cli\` first\n`);
  process.exit(2);
}
require(bundle);
