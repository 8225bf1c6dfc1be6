// eCenter test paper: each answer is sent to the server the moment it is given and kept in this browser
// (localStorage) until the server confirms it, so that a dropped connection, a reload or a crash loses nothing; answers
// still waiting are sent again when the network returns and when the page is opened again. The clock counts down
// from the time the server gave and asks the server again every minute; at zero the paper is submitted (the server
// submits it anyway). No inline script: the page's Content-Security-Policy forbids it.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var paper = document.getElementById('paper');
  if (!paper) {
    return;
  }
  var attempt = paper.getAttribute('data-attempt');
  var saveUrl = paper.getAttribute('data-save-url');
  var stateUrl = paper.getAttribute('data-state-url');
  var submitForm = document.getElementById('submit-form');
  var saveState = document.getElementById('save-state');
  var timer = document.getElementById('timer');
  var storeKey = 'ecenter.attempt.' + attempt;
  var csrf = {};
  try {
    csrf = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
  } catch (ignored) {
    csrf = {};
  }
  var finished = false;

  function msg(name) {
    return paper.getAttribute('data-msg-' + name) || '';
  }

  // ---- Answers waiting for the server, kept in the browser: { questionId: { body: {...}, at: millis } }.

  function pending() {
    try {
      return JSON.parse(window.localStorage.getItem(storeKey) || '{}');
    } catch (ignored) {
      return {};
    }
  }

  function keep(all) {
    try {
      if (Object.keys(all).length === 0) {
        window.localStorage.removeItem(storeKey);
      } else {
        window.localStorage.setItem(storeKey, JSON.stringify(all));
      }
    } catch (ignored) {
      // Private browsing without storage: the server copy is all there is.
    }
  }

  function remember(questionId, body) {
    var all = pending();
    all[questionId] = { body: body, at: Date.now() };
    keep(all);
  }

  function forget(questionId, at) {
    var all = pending();
    if (all[questionId] && all[questionId].at === at) {
      delete all[questionId];
      keep(all);
    }
  }

  function showState() {
    var waiting = Object.keys(pending()).length;
    if (!saveState) {
      return;
    }
    if (waiting > 0) {
      saveState.textContent = navigator.onLine === false ? msg('offline') : msg('pending').replace('{0}', waiting);
      saveState.className = 'save-state waiting';
    } else {
      saveState.textContent = msg('saved');
      saveState.className = 'save-state saved';
    }
  }

  // ---- Reading a question's answer from its fields, and putting a kept answer back into them.

  function fieldset(questionId) {
    return paper.querySelector('fieldset[data-question="' + questionId + '"]');
  }

  function answerOf(set) {
    var type = set.getAttribute('data-type');
    var name = 'q.' + set.getAttribute('data-question');
    var inputs = function (selector) {
      return Array.prototype.slice.call(set.querySelectorAll(selector));
    };
    switch (type) {
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_RESPONSE':
        return { selected: inputs('input[name="' + name + '"]:checked').map(function (i) { return i.value; }) };
      case 'TRUE_FALSE_STATEMENTS': {
        var rows = set.querySelectorAll('table.statements tbody tr').length;
        var values = [];
        for (var i = 0; i < rows; i++) {
          var checked = set.querySelector('input[name="' + name + '.' + i + '"]:checked');
          values.push(checked ? checked.value === 'true' : null);
        }
        return { statements: values };
      }
      case 'SHORT_ANSWER':
      case 'NUMERIC':
      case 'ESSAY':
        return { text: set.querySelector('[name="' + name + '"]').value };
      case 'ORDERING': {
        var order = inputs('select').map(function (s) { return s.value; });
        var complete = order.every(function (v) { return v !== ''; });
        var distinct = order.filter(function (v, k) { return order.indexOf(v) === k; }).length === order.length;
        return complete && distinct ? { order: order } : null;
      }
      case 'MATCHING': {
        var pairs = {};
        inputs('select').forEach(function (s) {
          if (s.value !== '') {
            pairs[s.name.substring(name.length + 1)] = s.value;
          }
        });
        return { pairs: pairs };
      }
      case 'CLOZE':
        return { gaps: inputs('input, select').map(function (f) { return f.value; }) };
      default:
        return null;
    }
  }

  function putBack(set, body) {
    var name = 'q.' + set.getAttribute('data-question');
    if (body.selected) {
      set.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
        input.checked = body.selected.indexOf(input.value) >= 0;
      });
    } else if (body.statements) {
      body.statements.forEach(function (value, i) {
        set.querySelectorAll('input[name="' + name + '.' + i + '"]').forEach(function (input) {
          input.checked = value !== null && String(value) === input.value;
        });
      });
    } else if (typeof body.text === 'string') {
      set.querySelector('[name="' + name + '"]').value = body.text;
    } else if (body.order) {
      set.querySelectorAll('select').forEach(function (s, i) { s.value = body.order[i] || ''; });
    } else if (body.pairs) {
      set.querySelectorAll('select').forEach(function (s) {
        s.value = body.pairs[s.name.substring(name.length + 1)] || '';
      });
    } else if (body.gaps) {
      set.querySelectorAll('input, select').forEach(function (f, i) { f.value = body.gaps[i] || ''; });
    }
  }

  function markAnswered(questionId, answered) {
    var link = paper.querySelector('[data-nav="' + questionId + '"]');
    if (link) {
      link.classList.toggle('answered', answered);
    }
  }

  function questionMessage(questionId, text) {
    var set = fieldset(questionId);
    var out = set && set.querySelector('.question-state');
    if (out) {
      out.textContent = text || '';
      out.classList.toggle('text-danger', !!text);
    }
  }

  // ---- Sending: one request per question at a time; the newest answer wins; failures are retried.

  var inFlight = {};

  function send(questionId) {
    if (finished || inFlight[questionId]) {
      return Promise.resolve();
    }
    var entry = pending()[questionId];
    if (!entry) {
      return Promise.resolve();
    }
    inFlight[questionId] = true;
    if (saveState) {
      saveState.textContent = msg('saving');
    }
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    Object.keys(csrf).forEach(function (k) { headers[k] = csrf[k]; });
    return fetch(saveUrl + questionId, {
      method: 'PUT',
      headers: headers,
      body: JSON.stringify(entry.body),
      credentials: 'same-origin'
    }).then(function (response) {
      inFlight[questionId] = false;
      if (response.ok) {
        forget(questionId, entry.at);
        questionMessage(questionId, '');
        markAnswered(questionId, true);
        if (pending()[questionId]) {
          return send(questionId);
        }
      } else if (response.status === 409) {
        // Submitted or time up: nothing more can be saved; the page shows the result.
        forget(questionId, entry.at);
        return response.json().catch(function () { return {}; }).then(function (problem) {
          questionMessage(questionId, problem.message || msg('time-up'));
          finish();
        });
      } else if (response.status === 401 || response.status === 403) {
        questionMessage(questionId, msg('offline'));
      } else {
        // The server refused this answer (it does not fit the question): say why; it is not kept.
        forget(questionId, entry.at);
        return response.json().catch(function () { return {}; }).then(function (problem) {
          questionMessage(questionId, problem.message || '');
        });
      }
    }).catch(function () {
      inFlight[questionId] = false;
    }).then(showState);
  }

  function flush() {
    return Promise.all(Object.keys(pending()).map(send));
  }

  var typing = {};

  paper.addEventListener('change', function (event) {
    record(event.target, 0);
  });
  paper.addEventListener('input', function (event) {
    if (event.target.matches('input[type="text"], textarea')) {
      record(event.target, 800);
    }
  });

  function record(field, delay) {
    var set = field.closest('fieldset[data-question]');
    if (!set || finished) {
      return;
    }
    var questionId = set.getAttribute('data-question');
    var body = answerOf(set);
    if (body === null) {
      return;
    }
    remember(questionId, body);
    showState();
    window.clearTimeout(typing[questionId]);
    typing[questionId] = window.setTimeout(function () { send(questionId); }, delay);
  }

  // ---- Answers kept from an earlier visit that the server never confirmed: shown again, sent again.

  var kept = pending();
  Object.keys(kept).forEach(function (questionId) {
    var set = fieldset(questionId);
    if (set) {
      putBack(set, kept[questionId].body);
    } else {
      delete kept[questionId];
    }
  });
  keep(kept);
  flush().then(showState);

  window.addEventListener('online', function () { flush(); });
  window.setInterval(function () {
    if (Object.keys(pending()).length > 0) {
      flush();
    }
  }, 5000);

  // ---- The clock: the server's seconds, counted down here, checked with the server every minute.

  var secondsLeft = parseInt(timer.getAttribute('data-seconds-left'), 10) || 0;
  var endsAt = Date.now() + secondsLeft * 1000;

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var hours = Math.floor(left / 3600);
    var minutes = Math.floor((left % 3600) / 60);
    timer.textContent = msg('left').replace('{0}', (hours > 0 ? hours + ':' : '') + two(minutes) + ':' + two(left % 60));
    timer.classList.toggle('urgent', left <= 60);
    if (left === 0) {
      finish();
    }
  }

  function finish() {
    if (finished) {
      return;
    }
    finished = true;
    flushThenSubmit();
  }

  function flushThenSubmit() {
    finished = false;
    flush().then(function () {
      finished = true;
      submitForm.submit();
    });
  }

  function checkClock() {
    fetch(stateUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) {
          return;
        }
        if (state.submitted) {
          finished = true;
          window.location.reload();
          return;
        }
        endsAt = Date.now() + state.secondsLeft * 1000;
      })
      .catch(function () { /* offline: keep counting */ });
  }

  tick();
  window.setInterval(tick, 1000);
  window.setInterval(checkClock, 60000);

  // ---- Submitting: confirm, send what is waiting, then submit.

  submitForm.addEventListener('submit', function (event) {
    if (finished) {
      return;
    }
    event.preventDefault();
    var waiting = Object.keys(pending()).length;
    if (!window.confirm(waiting > 0 ? msg('confirm-pending') : msg('confirm'))) {
      return;
    }
    flushThenSubmit();
  });
});
