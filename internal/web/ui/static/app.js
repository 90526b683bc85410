// nq57: small progressive enhancements. Every page works without this file.
"use strict";

// A form with data-confirm asks before it is sent.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

document.addEventListener("DOMContentLoaded", function () {
  keepGetURL();
  menus();
  stackWideTables();
});

// keepGetURL: a page that answers a form's POST names the GET address the
// browser should show (body data-get-url). Putting it in the history in place
// of the POST means that reloading the page reads it again instead of
// sending the form a second time.
function keepGetURL() {
  var url = document.body.getAttribute("data-get-url");
  if (url && window.history && window.history.replaceState) {
    window.history.replaceState(null, "", url + window.location.hash);
  }
}

// menus: the bar's menus are <details>. Escape or a press elsewhere closes
// them; on a wide screen whose browser cannot keep the menu open by CSS, the
// menu is opened once here.
function menus() {
  var all = document.querySelectorAll("details[data-menu]");
  var wide = window.matchMedia("(min-width: 64rem)");
  var cssKeepsOpen = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
  all.forEach(function (d) {
    if (d.classList.contains("menu") && wide.matches && !cssKeepsOpen) {
      d.open = true;
    }
  });
  var closeAll = function (except) {
    all.forEach(function (d) {
      var keep = d === except || d.contains(except) || (d.classList.contains("menu") && wide.matches);
      if (d.open && !keep) {
        d.open = false;
      }
    });
  };
  document.addEventListener("click", function (event) {
    var inside = event.target.closest && event.target.closest("details[data-menu]");
    closeAll(inside);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    // The innermost open menu: the account's, inside the bar's menu.
    var open = Array.prototype.filter.call(all, function (d) {
      return d.open && !(d.classList.contains("menu") && wide.matches);
    }).pop();
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
}

// stackWideTables: on a narrow screen, a table that does not fit its frame
// (.table-wrap), or whose columns are so narrow that a cell runs to many
// lines, becomes one card per row, each cell labelled with its column's
// heading (CSS: table.stacked), so that a row's status and actions stay in
// view without scrolling sideways. A table that reads well stays a table, and
// one that lays itself out otherwise on a phone (the data grid) is left alone.
function stackWideTables() {
  var narrow = window.matchMedia("(max-width: 43.75rem)");
  var tables = document.querySelectorAll(".table-wrap > table");
  if (!tables.length) {
    return;
  }
  tables.forEach(labelCells);
  var fit = function () {
    tables.forEach(function (table) {
      table.classList.remove("stacked");
      if (narrow.matches && getComputedStyle(table).display === "table" && tooNarrow(table)) {
        table.classList.add("stacked");
      }
    });
  };
  fit();
  var timer = 0;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(fit, 150);
  });
}

// tooNarrow reports whether a table overflows its frame, or squeezes a cell's
// text into more than six lines.
function tooNarrow(table) {
  if (table.scrollWidth > table.parentElement.clientWidth + 1) {
    return true;
  }
  var cells = table.querySelectorAll("tbody td, tbody th");
  for (var i = 0; i < cells.length; i++) {
    var line = parseFloat(getComputedStyle(cells[i]).lineHeight) || 24;
    if (cells[i].clientHeight > 6.5 * line) {
      return true;
    }
  }
  return false;
}

// labelCells gives each body cell the heading of its column (data-label),
// counting the columns that cells span; a cell whose column has no heading,
// or that spans the whole row, gets none.
function labelCells(table) {
  var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
  if (!head) {
    return;
  }
  var headings = [];
  Array.prototype.forEach.call(head.cells, function (th) {
    for (var i = 0; i < th.colSpan; i++) {
      headings.push(th.textContent.trim().replace(/\s+/g, " "));
    }
  });
  Array.prototype.forEach.call(table.tBodies, function (body) {
    Array.prototype.forEach.call(body.rows, function (row) {
      var col = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        var label = headings[col] || "";
        var whole = cell.colSpan >= headings.length;
        if (label && !whole && !cell.hasAttribute("data-label") && cell.getAttribute("scope") !== "row") {
          cell.setAttribute("data-label", label);
        }
        col += cell.colSpan;
      });
    });
  });
}
