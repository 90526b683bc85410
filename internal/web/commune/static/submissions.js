// nq57: the answer form of a submission. Choosing an answer template copies
// its text into the answer box; without this script the templates are listed
// on the page to copy by hand.
"use strict";
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!(select instanceof HTMLSelectElement) || !select.dataset.fill) {
    return;
  }
  var option = select.options[select.selectedIndex];
  var box = document.getElementById(select.dataset.fill);
  if (!box || !option || option.dataset.body === undefined) {
    return;
  }
  if (box.value.trim() !== "" && !window.confirm("Thay nội dung đang viết bằng mẫu “" + option.text + "”?")) {
    return;
  }
  box.value = option.dataset.body;
  box.focus();
});
