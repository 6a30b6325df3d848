// The quiz attempt page. Every change goes at once into this device's outbox (IndexedDB, through
// FakhOutbox) under a key per attempt, question and increasing sequence number, so a reload, a
// dropped connection or a flat battery loses nothing; the outbox sends it, in order, until it lands.
// The server keeps the answer with the highest sequence number, so a replay never undoes a newer one.
// Each answer carries when it was saved by the server's clock (as well as this device can tell), so
// one saved before the deadline but sent after it still counts, marked late. An offline attempt (a
// window the server granted) sends its token with every answer, and its time limit runs from when
// this device first opened it. A submission without a connection waits in the outbox too.
// Without this script the page is a plain form that submits every answer at the end.
(function () {
  'use strict';

  var Q = window.FakhQuizForm;
  var notes = window.FakhQuizNotes;
  var done = document.querySelector('[data-quiz-done]');
  if (done) {
    notes.forget(done.getAttribute('data-quiz-done'));
    return;
  }
  var form = document.getElementById('quiz-form');
  if (!form) {
    return;
  }
  var bar = document.querySelector('.quiz-bar');
  var statusEl = document.querySelector('.quiz-status');
  var timeEl = document.querySelector('time[data-deadline]');
  var attemptId = bar.getAttribute('data-attempt');
  var offlineWindow = bar.getAttribute('data-offline') === 'true';
  var answersUrl = form.getAttribute('data-answers');
  var resultUrl = form.getAttribute('action').replace(/\/submit$/, '/result');
  var answerPrefix = 'answer:' + attemptId + ':';
  var submitKey = 'submit:' + attemptId;
  var questions = Array.prototype.slice.call(form.querySelectorAll('.quiz-question'));
  var local = notes.of(attemptId);
  var outbox = window.FakhOutbox;
  if (!outbox) {
    return; // the outbox's script did not load: the page stays a plain form
  }
  var nowHolder = bar.hasAttribute('data-now') ? bar : timeEl;
  var skew = notes.skew(local, nowHolder ? Number(nowHolder.getAttribute('data-now')) : 0);
  var counter = Number(local.get('seq')) || 0;
  var seqs = {};       // question id → sequence number of its newest answer (on the server or waiting)
  var waiting = {};    // question id → sequence number of its answer waiting in the outbox
  var problem = null;  // 'forbidden' | 'rejected' while the outbox reports one
  var closed = false;  // the server will change nothing any more (409)
  var submitting = false;
  var queuing = false; // the submission is being put into the outbox
  var queued = false;  // the submission waits in the outbox
  var unkept = false;  // the outbox cannot keep anything in this browser
  var reviewing = Promise.resolve();
  var flushing = null;
  var stopped = false;  // the last flush stopped early (server unreachable, session ended)
  var backoff = 1000;
  var retryTimer = null;
  var typingTimer = null;
  var typed = null;    // the question being typed into, saved when the typing pauses

  function serverNow() { return Date.now() + skew; }

  /** When the attempt ends, in server ms: the server's deadline, or for an offline window its time limit from the first opening. */
  function deadline() {
    var end = timeEl ? Number(timeEl.getAttribute('data-deadline')) : 0;
    if (!offlineWindow) {
      return end || null;
    }
    return notes.offlineDeadline(local, Number(bar.getAttribute('data-deadline-ms')) || end,
      Number(bar.getAttribute('data-time-limit-seconds')), serverNow());
  }

  function state(name) {
    statusEl.setAttribute('data-state', name);
    statusEl.textContent = statusEl.getAttribute('data-' + name);
  }

  function settle() {
    if (unkept) {
      state('noscript');
    } else if (closed) {
      state('conflict');
    } else if (queued || queuing) {
      state('queued');
    } else if (submitting) {
      state(navigator.onLine ? 'submitting' : 'waiting');
    } else if (problem) {
      state(problem);
    } else if (!navigator.onLine) {
      state('offline');
    } else {
      state(Object.keys(waiting).length || typed ? 'saving' : 'saved');
    }
  }

  function mark(fs, fields) {
    var link = document.querySelector('.quiz-nav a[data-for="' + Q.id(fs) + '"]');
    if (link) {
      link.classList.toggle('answered', Q.answered(fields));
    }
  }

  function label(name, fs) {
    var text = statusEl.getAttribute('data-label-' + name) || '';
    return fs ? text.replace('{n}', String(questions.indexOf(fs) + 1)) : text;
  }

  /** One answer as an outbox entry: a newer one for the same question supersedes it while both wait. */
  function answerEntry(qid, body, fs) {
    var headers = offlineWindow ? {'X-Offline-Window': bar.getAttribute('data-window-token')} : undefined;
    return {
      key: answerPrefix + qid + ':' + body.seq, supersedes: answerPrefix + qid + ':', kind: 'answer',
      label: label('answer', fs), url: answersUrl + qid, method: 'PUT', contentType: 'json', headers: headers, body: body
    };
  }

  /** Puts the question's answer into the outbox at once, with the next sequence number and the time. */
  function record(fs) {
    if (typed === fs) {
      clearTimeout(typingTimer);
      typed = null;
    }
    var fields = Q.read(fs);
    if (fields === null) {
      return Promise.resolve();
    }
    Q.fieldError(fs, null);
    counter += 1;
    local.set('seq', counter);
    seqs[Q.id(fs)] = counter;
    waiting[Q.id(fs)] = counter;
    mark(fs, fields);
    settle();
    return outbox.add(answerEntry(Q.id(fs), {fields: fields, seq: counter, savedAt: serverNow()}, fs))
      .then(review, function () {
        unkept = true; // this browser keeps nothing (storage refused): the form carries the answers
        settle();
      });
  }

  function retryLater() {
    if (retryTimer) {
      return; // one retry at a time; the next waits longer
    }
    retryTimer = setTimeout(function () { retryTimer = null; send(); }, backoff);
    backoff = Math.min(backoff * 2, 30000);
  }

  /** Asks the outbox to send what waits, then reads what still waits for this attempt and why. */
  function send() {
    if (!flushing) {
      var after = function (summary) {
        flushing = null;
        stopped = !summary || Boolean(summary.stopped); // unreachable or signed out: retry later, not at once
        return review();
      };
      flushing = (navigator.onLine ? outbox.flush() : Promise.resolve(null)).then(after, function () { return after(null); });
    }
    return flushing;
  }

  /** Reads the outbox again once the reading before has finished, so the newest reading always comes last. */
  function review() {
    reviewing = reviewing.then(readOutbox, readOutbox);
    return reviewing;
  }

  /** This attempt's entries in the outbox: what waits, what the server refused, whether the submission waits. */
  function readOutbox() {
    return outbox.list().then(function (entries) {
      var mine = entries.filter(function (e) { return e.key.indexOf(answerPrefix) === 0; });
      // Put while a flush was under way (which took what waited when it started): never tried yet.
      var untried = entries.some(function (e) { return e.state === 'waiting' && e.lastStatus == null; });
      waiting = {};
      problem = null;
      mine.forEach(function (e) {
        var qid = e.key.split(':')[2];
        var fs = form.querySelector('.quiz-question[data-question="' + qid + '"]');
        if (e.state === 'failed') {
          problem = 'rejected';
          if (fs) { Q.fieldError(fs, statusEl.getAttribute('data-rejected')); }
          return;
        }
        waiting[qid] = e.body.seq;
        if (e.lastStatus === 401 || e.lastStatus === 403) {
          problem = 'forbidden';
        }
      });
      var wasQueued = queued;
      queued = entries.some(function (e) { return e.key === submitKey; });
      if (queued) {
        lock();
      } else if (wasQueued) {
        window.location.assign(resultUrl); // sent (perhaps by the service worker or another tab)
      }
      if (untried && navigator.onLine && !stopped) {
        setTimeout(send, 0);
      } else if (Object.keys(waiting).length && navigator.onLine) {
        retryLater(); // the outbox retries too; this covers a server that answers again without an 'online' event
      } else {
        backoff = 1000;
      }
      settle();
      return entries;
    }, function () {
      unkept = true; // this browser keeps nothing (storage refused): the form carries the answers
      settle();
      return [];
    });
  }

  /** Once the submission is queued nothing may change: a later answer would arrive after it. */
  function lock(locked) {
    questions.forEach(function (fs) {
      Q.controls(fs).forEach(function (c) { c.disabled = locked !== false; });
    });
    var button = form.querySelector('.quiz-submit');
    if (button) { button.disabled = locked !== false; }
  }

  function queueSubmission() {
    queuing = true;
    lock();
    settle();
    // A form entry: the outbox sends it as the form would (accepting the HTML the submit route answers).
    return outbox.add({key: submitKey, kind: 'submit', label: label('submit'), url: form.getAttribute('action'),
      method: 'POST', contentType: 'form', body: {}}).then(function () {
      queued = true;
      local.set('queued', '1'); // a later page that finds it gone knows to ask whether it was sent
      return review();
    }, function () {
      postForm(); // nothing can be kept here: the form itself is the last way
    });
  }

  /**
   * Submits once the answers are sent. Online, the form posts with each answer's sequence number (so
   * it never overwrites a newer save, and a wrong answer brings the page back marked); without a
   * connection, for an offline window, or when answers cannot be sent, the submission goes to the
   * outbox behind the answers, and the page goes to the result when the outbox says it arrived.
   */
  function finish(timeUp) {
    if (closed) {
      window.location.reload(); // the server closed the attempt: the page shows its result
      return;
    }
    if (submitting || queued || queuing) {
      return;
    }
    submitting = true;
    var button = form.querySelector('.quiz-submit');
    if (button) { button.disabled = true; }
    state(timeUp ? 'timeup' : 'submitting');
    (typed ? record(typed) : Promise.resolve()).then(send).then(function () {
      if (closed) {
        window.location.reload();
      } else if (unkept || !offlineWindow && navigator.onLine && !Object.keys(waiting).length && problem !== 'forbidden') {
        postForm(); // an answer the server refused comes back marked on the page it sends
      } else {
        queueSubmission();
      }
    });
  }

  function postForm() {
    lock(false); // disabled inputs would not be sent
    questions.forEach(function (fs) {
      var seq = document.createElement('input');
      seq.type = 'hidden';
      seq.name = 'seq.' + Q.id(fs);
      seq.value = String(seqs[Q.id(fs)] || 0);
      form.appendChild(seq);
    });
    form.submit();
  }

  /**
   * Brings back answers this device holds that are newer than the server's (also from an older
   * page's localStorage); resolves with the ids of the questions it brought back.
   */
  function restore(entries) {
    var newest = {};
    entries.filter(function (e) { return e.key.indexOf(answerPrefix) === 0; }).forEach(function (e) {
      var qid = e.key.split(':')[2];
      if (!newest[qid] || newest[qid].body.seq < e.body.seq) { newest[qid] = e; }
    });
    var adopted = [];
    questions.forEach(function (fs) {
      var serverSeq = Number(fs.getAttribute('data-seq')) || 0;
      counter = Math.max(counter, serverSeq);
      seqs[Q.id(fs)] = serverSeq;
      var entry = newest[Q.id(fs)] || fromOlderPage(fs, serverSeq);
      if (!entry) {
        return;
      }
      counter = Math.max(counter, entry.body.seq);
      if (entry.body.seq <= serverSeq) {
        outbox.remove(entry.key); // the server holds this or something newer
        return;
      }
      seqs[Q.id(fs)] = entry.body.seq;
      waiting[Q.id(fs)] = entry.body.seq;
      if (entry.body.fields) {
        Q.show(fs, entry.body.fields);
        mark(fs, entry.body.fields);
      }
      if (!newest[Q.id(fs)]) {
        adopted.push(outbox.add(entry));
      }
    });
    local.set('seq', counter);
    return Promise.all(adopted).then(function () { return Object.keys(waiting); });
  }

  /** An unsent answer an older version of this page kept in localStorage, as an outbox entry (then forgotten there). */
  function fromOlderPage(fs, serverSeq) {
    var raw = local.get(Q.id(fs));
    if (!raw) {
      return null;
    }
    local.set(Q.id(fs), '');
    try {
      var old = JSON.parse(raw);
      if (old.synced || old.rejected || !(old.seq > serverSeq)) {
        return null;
      }
      var body = old.fields ? {fields: old.fields, seq: old.seq} : {response: old.response, seq: old.seq};
      return answerEntry(Q.id(fs), body, fs);
    } catch (broken) {
      return null;
    }
  }

  /**
   * The service worker (Background Sync on reconnecting) may have sent this attempt's answers and its
   * submission between the server rendering this page and this script reading the outbox: then no
   * submission was ever queued here to see leave. When nothing of this attempt waits any more, ask the
   * server whether the attempt is still open; it sends a closed one's page to its result.
   */
  function closedElsewhere() {
    if (queued || closed || !navigator.onLine || Object.keys(waiting).length) {
      return;
    }
    fetch(window.location.pathname, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (page) {
      if (page.redirected && page.url.indexOf('/result') > 0) {
        window.location.assign(resultUrl);
      }
    }, function () { /* offline again: the next change asks again */ });
  }

  function tick(end) {
    (function step() {
      var left = Math.max(0, Math.floor((end - serverNow()) / 1000));
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
    if (fs && !submitting) {
      record(fs);
    }
  });
  form.addEventListener('input', function (event) {
    var fs = event.target.closest('.quiz-question');
    if (fs && !submitting && event.target.matches('input[type=text], textarea')) {
      if (typed && typed !== fs) {
        record(typed);
      }
      if (!navigator.onLine) {
        record(fs); // nothing is sent now, so keeping every key costs little
        return;
      }
      typed = fs; // online, saved (and sent) when the typing pauses, not at every key
      settle();
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { record(fs); }, 600);
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    finish(false);
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && typed) {
      record(typed); // the phone locks, the tab closes: keep what was typed
    }
  });
  window.addEventListener('fakh-outbox', function (event) {
    var key = event.detail.key;
    if (key === submitKey) {
      window.location.assign(resultUrl);
    } else if (key.indexOf(answerPrefix) === 0) {
      if (event.detail.status === 409) {
        closed = true; // submitted, or past its deadline for good: nothing will change it now
      }
      review();
    }
  });
  window.addEventListener('fakh-outbox-change', function () { // also what the service worker or another tab sent
    review().then(closedElsewhere);
  });
  window.addEventListener('online', function () {
    backoff = 1000;
    send();
  });
  window.addEventListener('offline', settle);

  var end = deadline();
  if (timeEl && end) {
    tick(end);
  }
  outbox.list().then(restore).then(function (restored) {
    questions.forEach(function (fs) {
      if (restored.indexOf(Q.id(fs)) < 0 && Q.changedBeforeScript(fs)) {
        record(fs);
      }
    });
    if (local.get('queued') && !queued) {
      closedElsewhere(); // queued by an earlier page, gone before this one looked
    }
    return send();
  }, function () {
    unkept = true;
    settle();
  });
})();
