// Filters for the servers listing: selects in form#server-filter (hidden until this runs) hide the
// rows whose data-language or data-risk differ. Without JavaScript the whole list shows.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("server-filter");
    var table = document.getElementById("server-table");
    if (!form || !table) { return; }
    var selects = form.querySelectorAll("select[data-filter]");
    var count = document.getElementById("filter-count");
    function apply() {
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var visible = true;
        Array.prototype.forEach.call(selects, function (select) {
          if (select.value && row.getAttribute("data-" + select.getAttribute("data-filter")) !== select.value) {
            visible = false;
          }
        });
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      count.textContent = shown + (shown === 1 ? " server shown" : " servers shown");
    }
    Array.prototype.forEach.call(selects, function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
  });
})();
