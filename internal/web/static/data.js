// nq57 data-entry grid: shows met / not met as the user types, with the same
// rule as the server (domain.Criterion.Evaluate). Without this file the
// status is shown after saving.
"use strict";
(function () {
  var LABELS = { met: "Đạt", not_met: "Chưa đạt", no_data: "Chưa có số liệu" };
  var TOLERANCE = 1e-9;

  // parseNumber reads a number as domain.ParseNumber does: "1.000,5",
  // "96,5", "96.5", "1.250". It returns null for empty, NaN for bad input.
  function parseNumber(text) {
    var s = text.trim();
    if (s === "") { return null; }
    if (s.indexOf(".") >= 0 && s.indexOf(",") >= 0) {
      s = s.replace(/\./g, "").replace(/,/g, ".");
    } else if (/^[1-9][0-9]{0,2}(\.[0-9]{3})+$/.test(s)) {
      s = s.replace(/\./g, "");
    } else {
      s = s.replace(/,/g, ".");
    }
    if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s)) { return NaN; }
    return parseFloat(s);
  }

  function met(cmp, threshold, upper, v) {
    switch (cmp) {
      case "≥": return v >= threshold - TOLERANCE;
      case "≤": return v <= threshold + TOLERANCE;
      case "=": return Math.abs(v - threshold) <= TOLERANCE;
      case ">": return v > threshold;
      case "<": return v < threshold;
      case "between": return v >= threshold - TOLERANCE && v <= upper + TOLERANCE;
    }
    return false;
  }

  function valueOf(target, cls) {
    var input = target.querySelector(cls);
    return input ? parseNumber(input.value) : null;
  }

  // amount is what Measurement.Amount gives: numerator/denominator as a
  // percentage when both are there, else the value.
  function amount(target) {
    var num = valueOf(target, ".js-num"), den = valueOf(target, ".js-den");
    if (num !== null && den !== null && !isNaN(num) && !isNaN(den) && den > 0) {
      return 100 * num / den;
    }
    var v = valueOf(target, ".js-value");
    return (v === null || isNaN(v)) ? null : v;
  }

  function rowStatus(row) {
    if (row.getAttribute("data-qualitative") === "true") {
      var select = row.querySelector(".js-met");
      if (!select || select.value === "") { return "no_data"; }
      return select.value === "yes" ? "met" : "not_met";
    }
    var measured = 0, allMet = true;
    row.querySelectorAll(".target").forEach(function (t) {
      var v = amount(t);
      if (v === null) { allMet = false; return; }
      measured++;
      if (!met(t.getAttribute("data-comparator"), parseFloat(t.getAttribute("data-threshold")),
        parseFloat(t.getAttribute("data-upper")), v)) { allMet = false; }
    });
    if (measured === 0) { return "no_data"; }
    return allMet ? "met" : "not_met";
  }

  function update(row) {
    var badge = row.querySelector(".js-status");
    if (!badge) { return; }
    var status = rowStatus(row);
    badge.textContent = LABELS[status];
    badge.classList.remove("status-met", "status-not-met", "status-no-data");
    badge.classList.add("status-" + status.replace("_", "-"));
  }

  function onChange(event) {
    var row = event.target.closest && event.target.closest("tr.data-row");
    if (row) { update(row); }
  }

  document.addEventListener("input", onChange);
  document.addEventListener("change", onChange);
  document.addEventListener("change", function (event) {
    if (event.target.classList && event.target.classList.contains("js-autosubmit")) {
      event.target.form.submit();
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("tr.data-row").forEach(update);
    var summary = document.getElementById("error-summary");
    if (summary) { summary.setAttribute("tabindex", "-1"); summary.focus(); }
  });
})();
