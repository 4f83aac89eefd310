// Pages of a site with languages: draws the masthead's date in the page's language, in the site's
// time zone, by the pattern of its translations file (`masthead.date`, luxon's tokens). The month and
// weekday names come with the page (`data-today-names`, written by the build with luxon), since a
// reader's browser may not know the language's names; the browser gives only the day in the zone.
// Tokens: "MMMM"/"LLLL"/"MMM"/"LLL" the month's names (as a date declines it, or standing alone),
// "cccc"/"EEEE"/"ccc"/"EEE" the weekday's, "d"/"dd" the day, "M"/"MM"/"L"/"LL" the month's number,
// "yyyy"/"y" the year; text in single quotes, and any other character, is copied.
(function () {
  "use strict";
  var WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  function draw(slot) {
    var zone = slot.getAttribute("data-zone") || undefined;
    var pattern = slot.getAttribute("data-today-pattern") || "";
    var names = {};
    try { names = JSON.parse(slot.getAttribute("data-today-names") || "{}"); } catch (e) { return; }
    var now = new Date();
    var parts = {};
    new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", year: "numeric", month: "numeric", day: "numeric" })
      .formatToParts(now)
      .forEach(function (p) { parts[p.type] = p.value; });
    var year = Number(parts.year);
    var month = Number(parts.month);
    var day = Number(parts.day);
    var weekday = WEEKDAYS.indexOf(parts.weekday);
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    var values = {
      yyyy: String(year), y: String(year),
      MM: two(month), LL: two(month), M: String(month), L: String(month),
      dd: two(day), d: String(day)
    };
    var text = "";
    var rest = pattern;
    while (rest.length > 0) {
      var quoted = /^'([^']*)'/.exec(rest);
      if (quoted) {
        text += quoted[1];
        rest = rest.slice(quoted[0].length);
        continue;
      }
      var run = /^(.)\1*/.exec(rest)[0];
      if (names[run]) text += names[run][/^[ML]/.test(run) ? month - 1 : weekday] || "";
      else text += values[run] !== undefined ? values[run] : run;
      rest = rest.slice(run.length);
    }
    var time = document.createElement("time");
    time.setAttribute("datetime", year + "-" + two(month) + "-" + two(day));
    time.textContent = text;
    slot.replaceChildren(time);
  }
  function start() {
    document.querySelectorAll("[data-today-pattern]").forEach(draw);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
