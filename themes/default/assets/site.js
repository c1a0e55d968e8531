// Progressive enhancement only: every page reads and navigates without this script.
(function () {
  "use strict";

  // versions.js (written beside the version folders on every build) defines AIMSBOOK_VERSIONS,
  // so older, untouched versions still learn about newer ones, even from file://.
  function versions() {
    var switcher = document.getElementById("version-switcher");
    var data = window.AIMSBOOK_VERSIONS;
    if (!switcher || !data) {
      return;
    }
    var current = document.body.getAttribute("data-version");
    var page = document.body.getAttribute("data-page");
    var root = switcher.getAttribute("data-root");
    switcher.textContent = "";
    data.versions.forEach(function (entry) {
      var option = document.createElement("option");
      option.value = entry.version;
      option.textContent = entry.version + (entry.version === data.latest ? " (latest)" : "");
      option.selected = entry.version === current;
      switcher.appendChild(option);
    });
    switcher.addEventListener("change", function () {
      window.location.href = root + "../" + switcher.value + "/" + page;
    });
    if (data.latest && data.latest !== current) {
      var banner = document.getElementById("old-version");
      var link = document.createElement("a");
      link.href = root + "../" + data.latest + "/" + page;
      link.textContent = "the same page in the latest version (" + data.latest + ")";
      banner.appendChild(document.createTextNode("You are reading version " + current + ". See "));
      banner.appendChild(link);
      banner.appendChild(document.createTextNode("."));
      banner.hidden = false;
    }
  }

  // Tables with class "sortable" sort by a column when its header button is pressed.
  function sortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = header.textContent;
      header.textContent = "";
      header.appendChild(button);
      header.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim();
          var y = b.cells[column].textContent.trim();
          return (ascending ? 1 : -1) * x.localeCompare(y, undefined, { numeric: true });
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    versions();
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), sortable);
  });
})();
