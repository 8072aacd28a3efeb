// Parse an .ics file with Mozilla's ical.js and print its events as JSON (used by tests/test_export_ics.py).
// Time zones are resolved only from the file's own VTIMEZONEs (no registration), as a client meeting the
// file for the first time would. Timed values print as UTC ISO strings, dates as YYYY-MM-DD.
// Usage: node tests/js/parse_ics.mjs path/to/file.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function show(time) {
  if (time === null) return null;
  if (time.isDate) return time.toString();
  if (!time.zone || time.zone.tzid === "floating") {
    throw new Error(`time without a resolvable zone: ${time.toString()}`);
  }
  return time.convertToZone(ICAL.Timezone.utcTimezone).toString();
}

const root = ICAL.Component.fromString(readFileSync(process.argv[2], "utf8"));
const events = root.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    start: show(event.startDate),
    end: show(event.endDate),
    tzid: event.startDate.isDate ? null : event.startDate.zone.tzid,
    rrule: component.hasProperty("rrule") ? component.getFirstPropertyValue("rrule").toString() : null,
  };
});
process.stdout.write(JSON.stringify({ method: root.getFirstPropertyValue("method"), events }) + "\n");
