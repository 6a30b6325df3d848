// The quiz attempt page. Every change goes to this browser's storage at once, keyed by attempt and
// question with an increasing sequence number, so a reload, a dropped connection or a flat battery
// loses nothing; then it goes to the server, one answer at a time, retried until it lands. The
// server keeps the answer with the highest sequence number, so a late retry never undoes a newer one.
// Without this script the page is a plain form that submits every answer at the end.
(function () {
  'use strict';

  var done = document.querySelector('[data-quiz-done]');
  if (done) {
    forget('fakh.quiz.' + done.getAttribute('data-quiz-done') + '.'); // submitted: the server has it all
    return;
  }
  var form = document.getElementById('quiz-form');
  if (!form) {
    return;
  }
  var bar = document.querySelector('.quiz-bar');
  var statusEl = document.querySelector('.quiz-status');
  var timeEl = document.querySelector('time[data-deadline]');
  var prefix = 'fakh.quiz.' + bar.getAttribute('data-attempt') + '.';
  var answersUrl = form.getAttribute('data-answers');
  var csrf = form.getAttribute('data-csrf');
  var questions = Array.prototype.slice.call(form.querySelectorAll('.quiz-question'));
  var store = storage();
  var counter = Number(store.getItem(prefix + 'seq')) || 0;
  var sending = false;
  var closed = false;
  var submitting = false;
  var problem = null;
  var backoff = 1000;
  var retryTimer = null;
  var typingTimer = null;

  function storage() {
    try {
      localStorage.setItem('fakh.probe', '1');
      localStorage.removeItem('fakh.probe');
      return localStorage;
    } catch (unavailable) { // private mode on some phones: keep answers for this page's life at least
      var memory = {};
      return {
        getItem: function (k) { return k in memory ? memory[k] : null; },
        setItem: function (k, v) { memory[k] = String(v); },
        removeItem: function (k) { delete memory[k]; }
      };
    }
  }

  function forget(keyPrefix) {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf(keyPrefix) === 0) {
          localStorage.removeItem(key);
        }
      }
    } catch (unavailable) { /* nothing was kept */ }
  }

  function id(fs) { return fs.getAttribute('data-question'); }

  function load(qid) {
    var raw = store.getItem(prefix + qid);
    try { return raw ? JSON.parse(raw) : null; } catch (broken) { return null; }
  }

  function keep(qid, entry) {
    store.setItem(prefix + qid, JSON.stringify(entry));
  }

  /** The question's form controls that carry its answer: every named input, list and text area in its fieldset. */
  function controls(fs) {
    return Array.prototype.slice.call(fs.querySelectorAll('input[name], select[name], textarea[name]'));
  }

  /**
   * The question's answer as its form fields, name to values, as the form would post them: its type
   * reads them back on the server (this script knows no type). Null when an input says what was
   * typed cannot be an answer (its type's own script marks it so); the message is then shown.
   */
  function read(fs) {
    var fields = {};
    var invalid = controls(fs).filter(function (c) { return c.willValidate && !c.checkValidity(); })[0];
    if (invalid) {
      fieldError(fs, invalid.validationMessage);
      return null;
    }
    controls(fs).forEach(function (c) {
      if ((c.type === 'radio' || c.type === 'checkbox') && !c.checked) {
        fields[c.name] = fields[c.name] || [];
        return;
      }
      (fields[c.name] = fields[c.name] || []).push(c.value);
    });
    Object.keys(fields).forEach(function (name) {
      if (!fields[name].length) {
        delete fields[name]; // an unticked group posts nothing
      }
    });
    return fields;
  }

  /** Shows kept form fields in the question's inputs. */
  function show(fs, fields) {
    controls(fs).forEach(function (c) {
      var values = fields[c.name] || [];
      if (c.type === 'radio' || c.type === 'checkbox') {
        c.checked = values.indexOf(c.value) >= 0;
      } else if (c.type !== 'hidden') {
        c.value = values.length ? values[0] : '';
      }
    });
  }

  /** Whether kept form fields hold an answer: any value that is not blank. */
  function answered(fields) {
    return Object.keys(fields || {}).some(function (name) {
      return fields[name].some(function (v) { return v.trim() !== ''; });
    });
  }

  function mark(fs, response) {
    var link = document.querySelector('.quiz-nav a[data-for="' + id(fs) + '"]');
    if (link) {
      link.classList.toggle('answered', answered(response));
    }
  }

  function fieldError(fs, text) {
    var p = fs.querySelector('.field-error');
    if (!text) {
      if (p) { p.remove(); }
      fs.classList.remove('has-error');
      return;
    }
    if (!p) {
      p = document.createElement('p');
      p.className = 'field-error';
      p.setAttribute('role', 'alert');
      fs.querySelector('.question-text').after(p);
    }
    p.textContent = text;
    fs.classList.add('has-error');
  }

  function state(name) {
    statusEl.setAttribute('data-state', name);
    statusEl.textContent = statusEl.getAttribute('data-' + name);
  }

  /** Writes the question's answer to this browser at once, with the next sequence number. */
  function record(fs) {
    var fields = read(fs);
    if (fields === null) {
      return;
    }
    fieldError(fs, null);
    counter += 1;
    store.setItem(prefix + 'seq', String(counter));
    keep(id(fs), {fields: fields, seq: counter, synced: false});
    mark(fs, fields);
  }

  function pending() {
    return questions.filter(function (fs) {
      var e = load(id(fs));
      return e && !e.synced && !e.rejected;
    });
  }

  function retryLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, backoff);
    backoff = Math.min(backoff * 2, 30000);
  }

  function settle() {
    if (closed) {
      state('conflict');
    } else if (submitting) {
      state(navigator.onLine ? 'submitting' : 'waiting');
    } else if (problem) {
      state(problem);
    } else if (!navigator.onLine) {
      state('offline');
    } else {
      state(pending().length ? 'saving' : 'saved');
    }
  }

  /** Sends the first unsent answer, then the next; on failure waits and tries again. */
  function flush() {
    if (sending || closed) {
      return;
    }
    var next = pending()[0];
    if (!next) {
      settle();
      return;
    }
    if (!navigator.onLine) {
      settle();
      retryLater(); // 'online' usually comes first; this covers browsers that miss it
      return;
    }
    var qid = id(next);
    var entry = load(qid);
    sending = true;
    if (!submitting) {
      state('saving');
    }
    fetch(answersUrl + qid, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf},
      // A copy kept by an older page holds the answer as a response; the server takes either.
      body: JSON.stringify(entry.fields ? {fields: entry.fields, seq: entry.seq} : {response: entry.response, seq: entry.seq})
    }).then(function (answer) {
      sending = false;
      var now = load(qid);
      if (answer.ok) {
        if (now && now.seq === entry.seq) {
          now.synced = true;
          keep(qid, now);
        }
        problem = null;
        backoff = 1000;
        flush();
      } else if (answer.status === 409) {
        closed = true; // submitted, or past its deadline: nothing will change it now; the copy here stays
        settle();
      } else if (answer.status === 401 || answer.status === 403) {
        problem = 'forbidden';
        settle();
        retryLater();
      } else if (answer.status === 400 || answer.status === 404 || answer.status === 422) {
        if (now && now.seq === entry.seq) {
          now.rejected = true;
          keep(qid, now);
        }
        fieldError(next, statusEl.getAttribute('data-rejected'));
        problem = 'rejected';
        flush();
      } else {
        settle();
        retryLater();
      }
    }, function () {
      sending = false;
      state(submitting ? 'waiting' : 'offline');
      retryLater();
    });
  }

  /** Brings back answers this browser holds that are newer than the server's, and queues them. */
  function restore() {
    questions.forEach(function (fs) {
      var serverSeq = Number(fs.getAttribute('data-seq')) || 0;
      counter = Math.max(counter, serverSeq);
      var e = load(id(fs));
      if (!e) {
        return;
      }
      if (e.seq > serverSeq) {
        if (e.fields) {
          show(fs, e.fields);
          mark(fs, e.fields);
        }
        if (e.synced) {
          e.synced = false; // the server does not have it after all
          keep(id(fs), e);
        }
      } else {
        store.removeItem(prefix + id(fs)); // the server holds this or something newer
      }
    });
    store.setItem(prefix + 'seq', String(counter));
  }

  /** Whether the learner changed the question before this script was running (a slow phone, a quick hand). */
  function changedBeforeScript(fs) {
    var changed = false;
    fs.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (c) {
      changed = changed || c.checked !== c.defaultChecked;
    });
    fs.querySelectorAll('input[type=text], textarea').forEach(function (t) {
      changed = changed || t.value !== t.defaultValue;
    });
    fs.querySelectorAll('select').forEach(function (s) {
      // Without a "selected" option the page starts on the first one ("— choose —").
      var initial = Array.prototype.filter.call(s.options, function (o) { return o.defaultSelected; })[0] || s.options[0];
      changed = changed || (initial && s.value !== initial.value);
    });
    return changed;
  }

  /** Submits once the answers are sent (or carried by the form itself); waits while offline. */
  function finish(timeUp) {
    if (closed) {
      window.location.reload(); // the server closed the attempt: the page shows its result
      return;
    }
    if (submitting) {
      return;
    }
    submitting = true;
    clearTimeout(typingTimer);
    var button = form.querySelector('.quiz-submit');
    if (button) {
      button.disabled = true;
    }
    var started = Date.now();
    state(timeUp ? 'timeup' : 'submitting');
    (function wait() {
      if (closed) {
        window.location.reload(); // the server closed it: the page shows the result
        return;
      }
      if (!navigator.onLine) {
        state('waiting');
        setTimeout(wait, 1000);
        return;
      }
      flush();
      if (pending().length && Date.now() - started < 5000) {
        setTimeout(wait, 250);
        return;
      }
      // Each answer travels with its sequence number, so the form never overwrites a newer save.
      questions.forEach(function (fs) {
        var e = load(id(fs));
        var seq = document.createElement('input');
        seq.type = 'hidden';
        seq.name = 'seq.' + id(fs);
        seq.value = e ? e.seq : fs.getAttribute('data-seq');
        form.appendChild(seq);
      });
      form.submit();
    })();
  }

  function tick() {
    var deadline = Number(timeEl.getAttribute('data-deadline'));
    var skew = Number(timeEl.getAttribute('data-now')) - Date.now();
    (function step() {
      var left = Math.max(0, Math.floor((deadline - (Date.now() + skew)) / 1000));
      var h = Math.floor(left / 3600);
      var m = Math.floor(left / 60) % 60;
      var s = left % 60;
      timeEl.textContent = (h ? h + ':' : '') + (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
      bar.classList.toggle('ending', left <= 60);
      if (left === 0) {
        finish(true);
        return;
      }
      setTimeout(step, 1000);
    })();
  }

  form.addEventListener('change', function (event) {
    var fs = event.target.closest('.quiz-question');
    if (fs) {
      record(fs);
      flush();
    }
  });
  form.addEventListener('input', function (event) {
    var fs = event.target.closest('.quiz-question');
    if (fs && event.target.matches('input[type=text], textarea')) {
      record(fs); // kept here at every keystroke; sent when the typing pauses
      settle();
      clearTimeout(typingTimer);
      typingTimer = setTimeout(flush, 700);
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    finish(false);
  });
  window.addEventListener('online', function () {
    backoff = 1000;
    flush();
  });
  window.addEventListener('offline', settle);

  restore();
  questions.forEach(function (fs) {
    var e = load(id(fs));
    if ((!e || e.synced) && changedBeforeScript(fs)) {
      record(fs);
    }
  });
  if (timeEl) {
    tick();
  }
  settle();
  flush();
})();
