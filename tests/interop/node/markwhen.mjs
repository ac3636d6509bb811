// Reads a Markwhen file with @markwhen/parser (the parser behind markwhen.com and its editors) and
// prints what it understood as JSON.
//
//   node markwhen.mjs FILE.mw
//
// Output: {"parser": VERSION, "timezone": ZONE, "messages": [...], "groups": [{path, title, tags}],
// "events": [{path, groups, title, tags, start, end, supplemental, images, locations, id}]} with start
// and end as UTC instants ("2024-11-10T10:30:00.000Z"); `groups` is the titles of the sections the
// event is inside, outermost first. Parse errors are listed in "messages"; a file that does not
// exist or cannot be read is an error (exit status 1).
import { readFileSync } from "node:fs";

import { parse, isEvent } from "@markwhen/parser";
import { DateTime } from "luxon";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node markwhen.mjs FILE.mw\n");
  process.exit(2);
}

function utc(iso) {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) {
    throw new Error(`invalid instant from the parser: ${iso}`);
  }
  return dt.toUTC().toISO();
}

const text = readFileSync(file, "utf8");
const timeline = parse(text);
const groups = [];
const events = [];

function walk(node, path, titles) {
  if (isEvent(node)) {
    events.push({
      path,
      groups: titles,
      title: node.firstLine.restTrimmed,
      tags: node.tags,
      id: node.id ?? null,
      start: utc(node.dateRangeIso.fromDateTimeIso),
      end: utc(node.dateRangeIso.toDateTimeIso),
      supplemental: node.supplemental.map((b) => (b.type === "image" ? { type: "image", link: b.link } : { type: b.type, raw: b.raw })),
      properties: node.properties,
      completed: node.completed ?? null,
      percent: node.percent ?? null,
    });
    return;
  }
  const inner = path.length ? [...titles, node.title] : titles;
  if (path.length) {
    groups.push({ path, title: node.title, tags: node.tags ?? [] });
  }
  node.children.forEach((child, i) => walk(child, [...path, i], inner));
}

walk(timeline.events, [], []);
process.stdout.write(
  JSON.stringify({
    parser: timeline.parser?.version ?? null,
    timezone: timeline.header?.timezone ?? null,
    messages: (timeline.parseMessages ?? []).map((m) => `${m.type}: ${m.message}`),
    groups,
    events,
  }) + "\n",
);
