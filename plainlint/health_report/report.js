// Sorting for tables marked data-sortable: each column heading becomes a button (keyboard
// reachable), aria-sort tells assistive technology the order. Without this script the table is
// a plain table, already sorted by document path.
(function () {
  "use strict";
  var status = document.getElementById("sort-status");
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function cellKey(cell, numeric) {
    if (!numeric) return cell.textContent.trim();
    var raw = cell.getAttribute("data-value");
    return raw === null || raw === "" ? null : parseFloat(raw);
  }

  function compare(a, b, numeric, direction) {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.index - b.index;
      return a.key === null ? 1 : -1; // empty cells last either way
    }
    var order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
    return order === 0 ? a.index - b.index : order * direction;
  }

  function sortTable(table, column, heading) {
    var direction = heading.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var numeric = heading.hasAttribute("data-numeric");
    var body = table.tBodies[0];
    var rows = Array.prototype.map.call(body.rows, function (row, index) {
      return { row: row, index: index, key: cellKey(row.cells[column], numeric) };
    });
    rows.sort(function (a, b) { return compare(a, b, numeric, direction); });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(heading.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
    var word = direction === 1 ? "ascending" : "descending";
    heading.setAttribute("aria-sort", word);
    if (status) status.textContent = "Sorted by " + heading.textContent.trim() + ", " + word + ".";
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = heading.textContent;
      heading.textContent = "";
      heading.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, column, heading); });
    });
  });
  var help = document.getElementById("sort-help");
  if (help) help.hidden = false;
  document.documentElement.setAttribute("data-sortable-ready", "true");
})();
