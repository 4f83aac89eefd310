// Every page: draws what changes by the day or by the story and so is not in the page itself.
// - The masthead's date: today in the site's time zone, from the reader's clock.
// - The "Latest" sidebar's list: one shared file, fetched into the sidebar's slot.
// - The breaking-news line, when that file has one: a bar fixed at the foot of the window, so that
//   nothing on the page moves; a reader who dismisses it does not see the same line again this visit.
// Without this file the page is whole: the sidebar keeps its "Latest news" link.
(function () {
  "use strict";
  function today(slot) {
    var zone = slot.getAttribute("data-zone") || undefined;
    var now = new Date();
    var parts = {};
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" })
      .formatToParts(now)
      .forEach(function (p) { parts[p.type] = p.value; });
    var iso = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
    var time = document.createElement("time");
    time.setAttribute("datetime", iso);
    // "Monday April 29 2024", as the masthead has always shown it.
    time.textContent = parts.weekday + " " + parts.month + " " + parts.day + " " + parts.year;
    slot.replaceChildren(time);
  }
  function latest(slot) {
    var url = slot.getAttribute("data-fragment");
    if (!url || !window.fetch) return;
    fetch(url, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        if (!html) return;
        slot.innerHTML = html;
        var bar = slot.querySelector("[data-breaking]");
        if (bar) breaking(bar);
      })
      .catch(function () { /* the "Latest news" link stays */ });
  }
  function breaking(bar) {
    var text = bar.textContent.replace(/\s+/g, " ").trim();
    var seen = null;
    try { seen = window.sessionStorage.getItem("news:dismissed"); } catch (e) { /* storage off */ }
    bar.parentNode.removeChild(bar);
    if (seen === text) return;
    // First in the page after the skip link, so that it comes early in the tab order; fixed at the
    // foot of the window, with room kept under the page and for scrolling to what has focus.
    var skip = document.querySelector(".skip-link");
    document.body.insertBefore(bar, skip ? skip.nextSibling : document.body.firstChild);
    bar.hidden = false;
    var room = function () {
      var height = bar.hidden ? "" : bar.offsetHeight + 16 + "px";
      document.body.style.paddingBottom = height;
      document.documentElement.style.scrollPaddingBottom = height;
    };
    room();
    window.addEventListener("resize", room);
    bar.querySelector("[data-dismiss]").addEventListener("click", function () {
      bar.hidden = true;
      room();
      try { window.sessionStorage.setItem("news:dismissed", text); } catch (e) { /* storage off */ }
    });
  }
  function start() {
    document.querySelectorAll("[data-today]").forEach(today);
    document.querySelectorAll("[data-fragment]").forEach(latest);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
