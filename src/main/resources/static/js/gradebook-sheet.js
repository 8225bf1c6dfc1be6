// eCenter score sheet: a grid of inputs that moves like a spreadsheet (arrows, Enter, Tab), takes a block pasted from
// Excel, and saves each edited cell at once through the same JSON as the API, showing per cell whether it was saved,
// refused (with the server's Vietnamese message) or changed meanwhile by somebody else. No inline script: the page's
// Content-Security-Policy forbids it, so everything is wired here from data-* attributes.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var table = document.querySelector('table.score-sheet');
  if (!table || !table.tBodies.length) {
    return;
  }
  var url = table.getAttribute('data-save-url');
  var editable = table.getAttribute('data-editable') === 'true';
  var status = document.getElementById('sheet-status');
  var errorList = document.getElementById('sheet-errors');
  var csrf = {};
  try {
    csrf = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
  } catch (ignored) {
    csrf = {};
  }

  function text(name) {
    return table.getAttribute('data-msg-' + name) || '';
  }

  var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (row) {
    return row.hasAttribute('data-learner');
  });
  var grid = rows.map(function (row) {
    return Array.prototype.slice.call(row.querySelectorAll('input.score-cell'));
  });
  grid.forEach(function (cells, r) {
    cells.forEach(function (input, c) {
      input.setAttribute('data-saved', input.value);
      input.setAttribute('data-row', r);
      input.setAttribute('data-col', c);
    });
  });

  function cellAt(r, c) {
    return r >= 0 && r < grid.length && c >= 0 && c < grid[r].length ? grid[r][c] : null;
  }

  function find(learnerId, kind, index) {
    var row = table.querySelector('tr[data-learner="' + learnerId + '"]');
    if (!row) {
      return null;
    }
    return row.querySelector('input.score-cell[data-kind="' + kind + '"][data-index="' + (index || 1) + '"]');
  }

  function learnerOf(input) {
    return input.closest('tr').getAttribute('data-learner');
  }

  function announce(message) {
    if (status) {
      status.textContent = message;
    }
  }

  // ---- State of a cell: saving, saved, error, conflict; the message goes to the cell's title and the list below.

  var messages = new Map();

  function setState(input, state, message) {
    var cell = input.closest('td');
    cell.classList.remove('cell-saving', 'cell-saved', 'cell-error', 'cell-conflict');
    if (state) {
      cell.classList.add('cell-' + state);
    }
    var bad = state === 'error' || state === 'conflict';
    input.classList.toggle('is-invalid', bad);
    input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    var old = messages.get(input);
    if (old) {
      old.remove();
      messages.delete(input);
    }
    if (bad && message) {
      input.title = message;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#';
      link.textContent = message;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        input.focus();
      });
      item.appendChild(link);
      errorList.appendChild(item);
      messages.set(input, item);
    } else if (!bad) {
      input.title = '';
    }
  }

  // ---- Saving: cells waiting to be saved go in one request at a time, in order, all or nothing.

  var waiting = new Set();
  var queue = Promise.resolve();

  function dirty(input) {
    return input.value.trim() !== input.getAttribute('data-saved');
  }

  function commit(input) {
    if (!editable || input.readOnly) {
      return;
    }
    if (dirty(input)) {
      waiting.add(input);
    }
    flush();
  }

  function flush() {
    queue = queue.then(send, send);
  }

  function send() {
    var inputs = Array.from(waiting).filter(dirty);
    waiting.clear();
    if (!inputs.length || !editable) {
      return Promise.resolve();
    }
    var items = inputs.map(function (input) {
      return {
        learnerId: learnerOf(input),
        kind: input.getAttribute('data-kind'),
        index: Number(input.getAttribute('data-index')),
        value: input.value.trim(),
        version: Number(input.getAttribute('data-version'))
      };
    });
    inputs.forEach(function (input) {
      setState(input, 'saving');
    });
    announce(text('saving'));
    var headers = Object.assign({'Content-Type': 'application/json', 'Accept': 'application/json'}, csrf);
    return fetch(url, {method: 'PUT', headers: headers, body: JSON.stringify(items), credentials: 'same-origin'})
      .then(function (response) {
        return response.json().catch(function () {
          return {};
        }).then(function (body) {
          answer(response.status, body, inputs);
        });
      })
      .catch(function () {
        inputs.forEach(function (input) {
          waiting.add(input);
          setState(input, 'error', text('network'));
        });
        announce(text('network'));
      });
  }

  function answer(code, body, inputs) {
    if (code === 200) {
      (body.cells || []).forEach(function (saved) {
        var input = find(saved.learnerId, saved.kind, saved.index);
        if (!input) {
          return;
        }
        var value = saved.value || '';
        if (document.activeElement !== input || !dirty(input)) {
          input.value = value;
        }
        input.setAttribute('data-saved', value);
        input.setAttribute('data-version', saved.version);
        setState(input, 'saved');
      });
      (body.averages || []).forEach(function (average) {
        var row = table.querySelector('tr[data-learner="' + average.learnerId + '"]');
        var cell = row && row.querySelector('td.average');
        if (cell) {
          cell.textContent = average.semesterAverage || '';
          if (average.semesterAverage) {
            cell.title = '';
          }
        }
      });
      announce(text('saved'));
      return;
    }
    if (code === 423) {
      editable = false;
      table.setAttribute('data-editable', 'false');
      grid.forEach(function (cells) {
        cells.forEach(function (input) {
          input.readOnly = true;
        });
      });
      inputs.forEach(function (input) {
        setState(input, 'error', body.message || text('locked'));
      });
      announce(body.message || text('locked'));
      return;
    }
    var named = new Set();
    (body.errors || []).forEach(function (error) {
      var input = find(error.learnerId, error.kind, error.index);
      if (!input) {
        return;
      }
      named.add(input);
      if (code === 409 && error.currentVersion !== undefined) {
        // Somebody else changed the cell: show their value and say so; the value typed here was not saved.
        var current = error.currentValue || '';
        input.value = current;
        input.setAttribute('data-saved', current);
        input.setAttribute('data-version', error.currentVersion);
        setState(input, 'conflict', error.message);
      } else {
        // Not sent again until the teacher changes it: a bad cell must not hold back the cells saved after it.
        setState(input, 'error', error.message);
      }
    });
    var others = inputs.filter(function (input) {
      return !named.has(input);
    });
    announce(body.message || text(code === 409 ? 'conflict' : 'error'));
    if (named.size && others.length) {
      // All or nothing: the other cells of the request were not saved because of the named ones; send them again
      // on their own.
      others.forEach(function (input) {
        waiting.add(input);
        setState(input, null);
      });
      flush();
    } else {
      others.forEach(function (input) {
        setState(input, 'error', body.message || text('error'));
      });
    }
  }

  // ---- Keyboard: arrows move between cells, Enter saves and goes down (Shift+Enter up), Tab is the browser's own,
  // Escape puts back the saved value.

  function move(input, dr, dc) {
    var r = Number(input.getAttribute('data-row'));
    var c = Number(input.getAttribute('data-col'));
    var target = cellAt(r + dr, c + dc);
    if (target) {
      target.focus();
    }
  }

  table.addEventListener('focusin', function (event) {
    if (event.target.matches('input.score-cell')) {
      event.target.select();
    }
  });

  table.addEventListener('focusout', function (event) {
    if (event.target.matches('input.score-cell')) {
      commit(event.target);
    }
  });

  table.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!input.matches('input.score-cell')) {
      return;
    }
    var atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    var atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    var allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        commit(input);
        move(input, event.shiftKey ? -1 : 1, 0);
        break;
      case 'ArrowDown':
        event.preventDefault();
        move(input, 1, 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(input, -1, 0);
        break;
      case 'ArrowLeft':
        if (atStart || allSelected) {
          event.preventDefault();
          move(input, 0, -1);
        }
        break;
      case 'ArrowRight':
        if (atEnd || allSelected) {
          event.preventDefault();
          move(input, 0, 1);
        }
        break;
      case 'Escape':
        input.value = input.getAttribute('data-saved');
        waiting.delete(input);
        setState(input, null);
        input.select();
        break;
      default:
        break;
    }
  });

  // ---- Paste: a block copied from Excel (cells separated by tabs, rows by new lines) fills the grid from the cell
  // pasted into, rightwards and downwards, and is saved as one request.

  table.addEventListener('paste', function (event) {
    var input = event.target;
    if (!input.matches('input.score-cell') || !editable) {
      return;
    }
    var data = (event.clipboardData || window.clipboardData).getData('text');
    if (!data || (data.indexOf('\t') < 0 && data.indexOf('\n') < 0)) {
      return;
    }
    event.preventDefault();
    var lines = data.replace(/\r/g, '').split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') {
      lines.pop();
    }
    var r0 = Number(input.getAttribute('data-row'));
    var c0 = Number(input.getAttribute('data-col'));
    var filled = 0;
    lines.forEach(function (line, dr) {
      line.split('\t').forEach(function (value, dc) {
        var target = cellAt(r0 + dr, c0 + dc);
        if (target && !target.readOnly) {
          target.value = value.trim();
          if (dirty(target)) {
            waiting.add(target);
          }
          filled++;
        }
      });
    });
    announce(text('pasted').replace('{0}', filled));
    flush();
  });
});
