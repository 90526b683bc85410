// nq57 public form: a live count of the characters of the content. The form
// works without it; the server checks the limits again.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
    var out = document.getElementById(area.getAttribute("data-counter"));
    var max = parseInt(area.getAttribute("maxlength"), 10);
    if (!out || !max) {
      return;
    }
    var show = function () {
      var n = Array.from(area.value).length;
      out.textContent = "Đã viết " + n.toLocaleString("vi-VN") + " / " + max.toLocaleString("vi-VN") + " ký tự";
    };
    area.addEventListener("input", show);
    show();
  });
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
});
