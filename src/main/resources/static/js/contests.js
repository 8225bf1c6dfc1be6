// Contests: "Thêm dòng" of the round form adds a blank blueprint row in place (its fields numbered after the last
// row's), up to the form's limit. Without this script the same button posts the form and the server adds the row.
document.addEventListener('DOMContentLoaded', function () {
  var rows = document.querySelector('.round-rows');
  var add = document.querySelector('.add-round-row');
  if (!rows || !add) {
    return;
  }
  var most = parseInt(rows.dataset.most, 10);
  var field = /^(topic|level|type|count)(\d+)$/;

  function nextIndex() {
    var next = 0;
    rows.querySelectorAll('input[name], select[name]').forEach(function (input) {
      var named = field.exec(input.name);
      if (named) {
        next = Math.max(next, parseInt(named[2], 10) + 1);
      }
    });
    return next;
  }

  add.addEventListener('click', function (event) {
    var all = rows.querySelectorAll('.round-row');
    if (all.length >= most) {
      return;
    }
    event.preventDefault();
    var index = nextIndex();
    var copy = all[all.length - 1].cloneNode(true);
    copy.querySelectorAll('input, select').forEach(function (input) {
      var named = field.exec(input.name);
      if (named) {
        input.name = named[1] + index;
      }
      if (input.dataset.label) {
        input.setAttribute('aria-label', input.dataset.label.replace('{n}', String(all.length + 1)));
      }
      if (input.tagName === 'SELECT') {
        input.selectedIndex = 0;
      } else {
        input.value = '';
      }
    });
    rows.appendChild(copy);
    add.disabled = all.length + 1 >= most;
    copy.querySelector('input').focus();
  });
});
