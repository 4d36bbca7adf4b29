// The console runs in a browser: DOM types and Vite's asset imports. The root type-check (one program
// with the server) picks these up from here; apps/web/tsconfig.json is the console's own view.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/// <reference types="vite/client" />
