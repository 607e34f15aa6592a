#!/usr/bin/env node
// The bundled CLI (built by `npm run build`).
require("../dist/cli/main.js");
