// Lint for the JavaScript the browser runs (the embed script, the iframe page, speech, the
// kiosk watch, the service worker and its page side, the draft lock, the wasm glue's
// snippets) and the test-only host pages. Run by scripts/test.sh.
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    files: ['public/**/*.js', 'src/**/*.js', 'e2e/hosts/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
  },
  {
    // Node scripts run by hand (the benchmark hands some functions to the page, hence the
    // browser's globals too). Not part of the test command's lint.
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    files: ['public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
];
