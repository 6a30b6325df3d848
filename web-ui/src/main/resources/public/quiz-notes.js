// What this device notes about one quiz attempt besides its answers (those wait in the outbox): the
// sequence counter, how far the server's clock is from this device's, and for an offline window its
// deadline, time limit and when it was first opened here. Small and read synchronously, so kept in
// localStorage (a memory map where the browser refuses it). quiz-offline.js writes the first notes
// when it prepares a window; quiz.js reads and adds to them; the result page forgets them.
(function () {
  'use strict';

  function storage() {
    try { return window.localStorage; } catch (refused) { return null; }
  }

  /** The notes of one attempt: get(name) → string or null, set(name, value), clear(). */
  function of(attemptId) {
    var prefix = 'fakh.quiz.' + attemptId + '.';
    var memory = {};
    return {
      get: function (k) {
        try {
          var s = storage();
          return s ? s.getItem(prefix + k) : (k in memory ? memory[k] : null);
        } catch (refused) {
          return k in memory ? memory[k] : null;
        }
      },
      set: function (k, v) {
        memory[k] = String(v);
        try { storage().setItem(prefix + k, String(v)); } catch (refused) { /* this page keeps it */ }
      },
      clear: function () {
        try {
          var s = storage();
          for (var i = s.length - 1; i >= 0; i--) {
            if ((s.key(i) || '').indexOf(prefix) === 0) { s.removeItem(s.key(i)); }
          }
        } catch (refused) { /* nothing was kept */ }
      }
    };
  }

  /**
   * Server time minus device time. A page says the server's time when it was made: a lower bound (a
   * page kept for offline use was made earlier), as is what preparing the window noted, so the larger
   * of the two is the better guess.
   */
  function skew(notes, renderedAt) {
    var fromPage = renderedAt ? renderedAt - Date.now() : 0;
    var noted = notes.get('skew');
    return noted === null || isNaN(Number(noted)) ? fromPage : Math.max(fromPage, Number(noted));
  }

  /**
   * When an offline window's attempt ends, in server ms: the window's deadline, or sooner its time
   * limit counted from the first time this device opened it (noted now if this is that time).
   */
  function offlineDeadline(notes, windowEnd, limitSeconds, now) {
    var end = windowEnd || Number(notes.get('deadline')) || null;
    var limit = limitSeconds || Number(notes.get('limit')) || 0;
    if (!limit) {
      return end;
    }
    var opened = Number(notes.get('opened'));
    if (!opened) {
      opened = now;
      notes.set('opened', opened);
    }
    return end ? Math.min(end, opened + limit * 1000) : opened + limit * 1000;
  }

  /**
   * The attempt is submitted: the server has it all. Forgets the notes and drops the attempt page a
   * download kept, so nobody answers a closed attempt on a stale copy without a connection.
   */
  function forget(attemptId) {
    of(attemptId).clear();
    var url = '/quiz/attempts/' + attemptId;
    if (window.caches) {
      caches.keys().then(function (names) {
        names.filter(function (n) { return n.indexOf('fakh-course-') === 0; })
          .forEach(function (n) { caches.open(n).then(function (c) { return c['delete'](url); }); });
      })['catch'](function () { /* nothing stored */ });
    }
    if (window.FakhDb) {
      FakhDb.all('downloads').then(function (records) {
        records.filter(function (r) { return (r.pages || []).some(function (p) { return p.url === url; }); })
          .forEach(function (r) {
            r.pages = r.pages.filter(function (p) { return p.url !== url; });
            FakhDb.put('downloads', r);
          });
      })['catch'](function () { /* nothing stored */ });
    }
  }

  window.FakhQuizNotes = {of: of, skew: skew, offlineDeadline: offlineDeadline, forget: forget};
})();
