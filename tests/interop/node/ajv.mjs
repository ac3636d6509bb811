// Compiles chronik's JSON Schema with Ajv (strict mode, draft 2020-12, with ajv-formats) and
// validates JSON documents against it.
//
//   node ajv.mjs SCHEMA.json DOC.json [DOC.json ...]
//
// Output: {"ajv": VERSION, "results": [{"file": ..., "valid": bool, "errors": ["/path: message", ...]}]}.
// A schema Ajv's strict mode refuses (unknown keywords, a pattern that is no valid JavaScript
// regular expression, ambiguous types) is an error (exit status 1), so it cannot pass unnoticed.
import { readFileSync } from "node:fs";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaFile, ...docs] = process.argv.slice(2);
if (!schemaFile) {
  process.stderr.write("usage: node ajv.mjs SCHEMA.json DOC.json ...\n");
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(new URL("./node_modules/ajv/package.json", import.meta.url), "utf8"));

let validate;
try {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
} catch (err) {
  process.stderr.write(`ajv.mjs: the schema does not compile in strict mode: ${err.message}\n`);
  process.exit(1);
}

const results = docs.map((file) => {
  const valid = validate(JSON.parse(readFileSync(file, "utf8")));
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"}: ${e.message}`);
  return { file, valid, errors };
});
process.stdout.write(JSON.stringify({ ajv: version, results }) + "\n");
