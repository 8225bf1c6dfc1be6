// Question banks and online tests: the blueprint's rows added and removed in place, and the exam's points filled in,
// without a round trip to the server. Without this script the same buttons post the form and the server does it.
document.addEventListener('DOMContentLoaded', function () {
  var rows = document.querySelector('.blueprint-rows');

  function refreshRemoveButtons() {
    if (!rows) {
      return;
    }
    var all = rows.querySelectorAll('.blueprint-row');
    all.forEach(function (row) {
      row.querySelector('.remove-row').hidden = all.length < 2;
    });
  }

  document.body.addEventListener('click', function (event) {
    var add = event.target.closest('.add-row');
    if (add && rows) {
      event.preventDefault();
      var last = rows.querySelector('.blueprint-row:last-child');
      var copy = last.cloneNode(true);
      copy.querySelectorAll('input').forEach(function (input) { input.value = ''; });
      copy.querySelectorAll('select').forEach(function (select) { select.selectedIndex = 0; });
      rows.appendChild(copy);
      refreshRemoveButtons();
      copy.querySelector('input').focus();
      return;
    }
    var remove = event.target.closest('.remove-row');
    if (remove && rows) {
      event.preventDefault();
      remove.closest('.blueprint-row').remove();
      refreshRemoveButtons();
      return;
    }
    var preset = event.target.closest('.exam-points');
    if (preset) {
      event.preventDefault();
      var set = function (type, value) {
        var input = document.getElementById('points-' + type);
        if (input) {
          input.value = value;
        }
      };
      set('SINGLE_CHOICE', preset.dataset.single);
      set('TRUE_FALSE_STATEMENTS', preset.dataset.statements);
      set('SHORT_ANSWER', preset.dataset.short);
      set('NUMERIC', preset.dataset.short);
    }
  });

  refreshRemoveButtons();
});
