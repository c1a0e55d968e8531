// aimsbook serve's live reload: added to every page as serve sends it, never built into the
// site. It reloads the page when a build passes, and while the last build has failed lists
// its diagnostics over the page (the last good build's). Everything shown is set as text:
// diagnostics quote the content, which must never become markup.
(function () {
  "use strict";
  var OVERLAY = "aimsbook-diagnostics";

  function position(d) {
    return d.file + ":" + d.line + ":" + d.column;
  }

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // Styled through the DOM, not a style attribute, which the page's security policy refuses.
  function dress(overlay) {
    var s = overlay.style;
    s.position = "fixed";
    s.left = "0";
    s.right = "0";
    s.bottom = "0";
    s.maxHeight = "50vh";
    s.overflow = "auto";
    s.zIndex = "2147483647";
    s.margin = "0";
    s.padding = "1em 1.5em";
    s.background = "#fff4f4";
    s.color = "#1a1a1a";
    s.borderTop = "4px solid #b00020";
    s.font = "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    s.whiteSpace = "pre-wrap";
  }

  function show(status) {
    var old = document.getElementById(OVERLAY);
    if (old) {
      old.remove();
    }
    if (status.passed) {
      return;
    }
    var overlay = element("section");
    overlay.id = OVERLAY;
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-label", "Build diagnostics");
    dress(overlay);
    overlay.appendChild(element("strong", "The last build failed; the page shows the last good build, if any. Fix the content and it reloads."));
    if (status.problem) {
      overlay.appendChild(element("p", status.problem));
    }
    var list = element("ul");
    status.diagnostics.forEach(function (d) {
      var item = element("li", position(d) + ": " + d.severity + " [" + d.rule + "] " + d.message);
      if (d.hint) {
        item.appendChild(element("div", "  " + d.hint));
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function refresh() {
    fetch("/_aimsbook/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(show)
      .catch(function () { /* the server is stopping; the event stream reconnects when it is back */ });
  }

  var events = new EventSource("/_aimsbook/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("diagnostics", refresh);
  refresh();
})();
