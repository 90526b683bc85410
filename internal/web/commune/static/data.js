// nq57 data-entry grid: shows, as the person types, the status a row would
// have if saved, or what a save would refuse in it. The server computes both
// (POST /data/status, by the save's own rules), so this file holds no rule
// of its own. Without it the status is shown after saving.
"use strict";
(function () {
  var PAUSE = 300; // ms after the last keystroke before asking
  var timers = new WeakMap();
  var asked = new WeakMap(); // row → number of its latest question

  // rowForm returns the URL-encoded inputs of a row, with the period and
  // the row's criterion.
  function rowForm(row, form) {
    var data = new URLSearchParams();
    data.set("period", form.querySelector('input[name="period"]').value);
    data.set("row", row.getAttribute("data-row"));
    row.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (el.name && el.type !== "file" && el.type !== "hidden" && !el.disabled) {
        data.append(el.name, el.value);
      }
    });
    return data;
  }

  function showStatus(row, body) {
    var badge = row.querySelector(".js-status");
    var note = row.querySelector(".js-status-note");
    if (!badge) { return; }
    var cls = body.status ? body.status.replace("_", "-") : "not-met";
    badge.textContent = body.label;
    badge.classList.remove("status-met", "status-not-met", "status-no-data");
    badge.classList.add("status-" + cls);
    var problems = body.problems || [];
    row.querySelectorAll(".values .field-error, .notes .field > .field-error").forEach(function (p) {
      if (p.id.slice(-10) !== "file-error") { p.hidden = true; p.textContent = ""; }
    });
    row.querySelectorAll("[aria-invalid]").forEach(function (el) {
      if (el.type !== "file") { el.removeAttribute("aria-invalid"); el.removeAttribute("aria-describedby"); }
    });
    problems.forEach(function (p) {
      var msg = document.getElementById(p.field + "-error");
      var input = document.getElementById(p.field);
      if (msg) { msg.textContent = p.message; msg.hidden = false; }
      if (input) { input.setAttribute("aria-invalid", "true"); input.setAttribute("aria-describedby", p.field + "-error"); }
    });
    if (note) {
      note.hidden = problems.length === 0;
      note.textContent = problems.length ? problems[0].message : "";
    }
  }

  function ask(row) {
    var form = row.closest("form.data-form");
    if (!form || !form.getAttribute("data-status")) { return; }
    var n = (asked.get(row) || 0) + 1;
    asked.set(row, n);
    fetch(form.getAttribute("data-status"), {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" },
      body: rowForm(row, form).toString()
    }).then(function (res) {
      return res.ok ? res.json() : null;
    }).then(function (body) {
      if (body && asked.get(row) === n) { showStatus(row, body); }
    }).catch(function () { /* the save will tell */ });
  }

  function onChange(event) {
    var row = event.target.closest && event.target.closest("tr.data-row");
    if (!row || event.target.type === "file") { return; }
    clearTimeout(timers.get(row));
    timers.set(row, setTimeout(function () { ask(row); }, PAUSE));
  }

  document.addEventListener("input", onChange);
  document.addEventListener("change", onChange);
  document.addEventListener("change", function (event) {
    if (event.target.classList && event.target.classList.contains("js-autosubmit")) {
      event.target.form.submit();
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) { summary.setAttribute("tabindex", "-1"); summary.focus(); }
  });
})();
