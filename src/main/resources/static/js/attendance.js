// Attendance day page: a live count of the choices, "all present" and a warning before leaving unsaved changes.
// Without JavaScript the page still works: the radio buttons are plain form fields.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('[data-attendance-form]');
  if (!form) {
    return;
  }
  var summary = form.querySelector('[data-attendance-summary]');
  var allPresent = form.querySelector('[data-attendance-all-present]');
  var dirty = false;

  function update() {
    if (!summary) {
      return;
    }
    var counts = { PRESENT: 0, EXCUSED: 0, UNEXCUSED: 0, LATE: 0 };
    form.querySelectorAll('input.btn-check:checked').forEach(function (input) {
      counts[input.value] = (counts[input.value] || 0) + 1;
    });
    summary.textContent = (summary.getAttribute('data-template') || '')
      .replace('{0}', counts.PRESENT)
      .replace('{1}', counts.EXCUSED)
      .replace('{2}', counts.UNEXCUSED)
      .replace('{3}', counts.LATE);
  }

  form.addEventListener('change', function () {
    dirty = true;
    update();
  });
  form.addEventListener('submit', function () {
    dirty = false;
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  if (allPresent) {
    allPresent.hidden = false;
    allPresent.addEventListener('click', function () {
      form.querySelectorAll('input.btn-check[value="PRESENT"]').forEach(function (input) {
        input.checked = true;
      });
      dirty = true;
      update();
    });
  }
  update();
});
