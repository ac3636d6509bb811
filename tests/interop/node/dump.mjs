// Reads an .ics file with ical.js (the parser inside Thunderbird) and prints what it understood as JSON.
//
//   node dump.mjs FILE.ics
//
// Output: {"icaljs": VERSION, "timezones": [TZID, ...], "events": [{uid, start, end, isDate, summary, ...}]}
// with start/end as UTC instants ("2024-11-10T10:30:00Z") for timed events and as dates ("2024-11-10")
// for all-day events. The file's own VTIMEZONEs are registered with ICAL.TimezoneService before any
// event is read, and ical.js has no zone database of its own (only UTC), so every local time is
// converted to UTC with the file's VTIMEZONE data: a wrong VTIMEZONE shows up here as a wrong instant.
// A TZID without a VTIMEZONE, or a value ical.js cannot read, is an error (exit status 1), never a
// silently floating time.
import { readFileSync } from "node:fs";

import ICAL from "ical.js";

// The installed version (the package's "exports" hide package.json from import/require).
const { version } = JSON.parse(
  readFileSync(new URL("./node_modules/ical.js/package.json", import.meta.url), "utf8"),
);

function fail(message) {
  process.stderr.write(`dump.mjs: ${message}\n`);
  process.exit(1);
}

function utcIso(seconds) {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`instant out of range: ${seconds}`);
  }
  return date.toISOString().replace(/\.000Z$/, "Z");
}

function describe(time, prop, uid, name) {
  const tzid = prop ? prop.getParameter("tzid") : null;
  if (time.isDate) {
    if (tzid) {
      throw new Error(`${uid}: ${name} is a DATE with TZID=${tzid}`);
    }
    return { value: time.toString(), tzid: null, local: time.toString() };
  }
  const zone = time.zone ? time.zone.tzid : null;
  if (tzid) {
    if (zone !== tzid) {
      throw new Error(`${uid}: ${name} has TZID=${tzid} but ical.js resolved zone ${zone} (no VTIMEZONE?)`);
    }
  } else if (zone !== "UTC") {
    throw new Error(`${uid}: ${name} is a floating time (${time.toString()})`);
  }
  return { value: utcIso(time.toUnixTime()), tzid: zone, local: time.toString() };
}

function main() {
  const path = process.argv[2];
  if (!path || process.argv.length !== 3) {
    fail("usage: node dump.mjs FILE.ics");
  }
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  } catch (error) {
    fail(`${path}: ical.js cannot parse it: ${error.message}`);
  }
  if (calendar.name !== "vcalendar") {
    fail(`${path}: the top component is ${calendar.name}, not vcalendar`);
  }
  const timezones = [];
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    const zone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(zone);
    timezones.push(zone.tzid);
  }
  const events = [];
  try {
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(vevent);
      const uid = event.uid;
      if (!uid) {
        throw new Error("a VEVENT without UID");
      }
      const start = describe(event.startDate, vevent.getFirstProperty("dtstart"), uid, "DTSTART");
      // Without DTEND, ical.js derives the end from DTSTART (plus DURATION, or one day for a DATE),
      // in DTSTART's zone.
      const endProp = vevent.getFirstProperty("dtend") || vevent.getFirstProperty("dtstart");
      const end = describe(event.endDate, endProp, uid, "DTEND");
      if (event.startDate.isDate !== event.endDate.isDate) {
        throw new Error(`${uid}: DTSTART and DTEND differ in value type`);
      }
      events.push({
        uid,
        start: start.value,
        end: end.value,
        isDate: event.startDate.isDate,
        hasEnd: vevent.hasProperty("dtend") || vevent.hasProperty("duration"),
        startTzid: start.tzid,
        endTzid: end.tzid,
        startLocal: start.local,
        endLocal: end.local,
        summary: event.summary,
        description: event.description,
        location: event.location,
      });
    }
  } catch (error) {
    fail(`${path}: ${error.message}`);
  }
  process.stdout.write(JSON.stringify({ icaljs: version, timezones, events }) + "\n");
}

main();
