#!/usr/bin/env node
// The bundled language server (built by `npm run build`); speaks LSP over stdio.
require("../dist/server/main.js");
