// Search page: replaces the plain form with Pagefind's search UI and runs the query from ?q=.
// The page works without this file: the form and the note are there for readers without JavaScript.
(function () {
  "use strict";
  function start() {
    var target = document.querySelector("[data-search-target]");
    if (!target || typeof window.PagefindUI !== "function") return;
    // A large archive is indexed as several bundles; the older ones are merged into the main one.
    var merge = (target.getAttribute("data-search-merge") || "").split(" ").filter(Boolean).map(function (path) {
      return { bundlePath: path };
    });
    target.innerHTML = "";
    var ui = new window.PagefindUI({ element: target, mergeIndex: merge, showSubResults: false, showImages: false, resetStyles: false });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
