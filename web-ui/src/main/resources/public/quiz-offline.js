// "Take this test offline" on a quiz's intro page: asks the server for an offline window (an attempt
// granted now, with its deadline and a signed token), then keeps the attempt page and everything it
// loads on this device through the download script (FakhOffline.storePage, offline-download.js), so it
// opens without a connection and the offline page and the storage list name it.
(function () {
  'use strict';

  /** Notes quiz.js reads for the attempt: the server's clock against this device's, the window, the limit. */
  function note(attemptId, window_, skew) {
    try {
      var prefix = 'fakh.quiz.' + attemptId + '.';
      localStorage.setItem(prefix + 'skew', String(skew));
      localStorage.setItem(prefix + 'deadline', String(window_.deadlineMillis));
      if (window_.timeLimitSeconds) {
        localStorage.setItem(prefix + 'limit', String(window_.timeLimitSeconds));
      }
    } catch (refused) { /* the page's own data attributes say the same, less exactly */ }
  }

  function csrf() {
    var field = document.querySelector('input[name=_csrf]');
    if (field) {
      return Promise.resolve(field.value);
    }
    return fetch('/session/csrf', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); }).then(function (s) { return s.token; });
  }

  /** Resolves with the window, or rejects with the server's own words (the problem's detail). */
  function requestWindow(lessonId) {
    return csrf().then(function (token) {
      return fetch('/quiz/' + lessonId + '/offline-window', {
        method: 'POST', credentials: 'same-origin', body: '{}',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': token}
      });
    }).then(function (response) {
      return response.json()['catch'](function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var refusal = new Error(body.detail || body.title || 'HTTP ' + response.status);
          refusal.fromServer = true;
          throw refusal;
        }
        return body;
      });
    });
  }

  /**
   * Starts (or gets again) the offline window of the quiz, then stores its attempt page.
   * Resolves with the window: {attemptId, attemptUrl, deadline, deadlineMillis, token, timeLimitSeconds…}.
   * `options`: {courseId, courseTitle, title, progress(done, total)}, read from the page when left out.
   */
  function prepare(lessonId, options) {
    options = options || {};
    var button = document.querySelector('.quiz-offline-prepare');
    var courseId = options.courseId || (button && button.getAttribute('data-course'));
    var title = options.title || document.title;
    return requestWindow(lessonId).then(function (window_) {
      note(window_.attemptId, window_, Date.parse(window_.grantedAt) - Date.now());
      return FakhOffline.storePage(courseId, window_.attemptUrl,
        {title: title, kind: 'attempt', courseTitle: options.courseTitle, progress: options.progress})
        .then(function () { return window_; });
    });
  }

  function when(millis) {
    var lang = document.documentElement.lang || 'uk';
    try {
      return new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Kyiv'}).format(new Date(millis));
    } catch (old) {
      return new Date(millis).toLocaleString(lang);
    }
  }

  /** The intro page's button: shown where the browser can keep pages, with what it is doing and what came of it. */
  function wire(button) {
    var status = document.querySelector('.quiz-offline-status');
    if (!window.FakhOffline || !FakhOffline.supported) {
      return; // this browser cannot keep the page: the button stays hidden
    }
    function say(key, values) {
      var text = status.getAttribute('data-' + key) || '';
      Object.keys(values || {}).forEach(function (k) { text = text.replace('{' + k + '}', values[k]); });
      status.textContent = text;
      status.setAttribute('data-state', key);
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      if (!navigator.onLine) {
        say('offline');
        return;
      }
      button.disabled = true;
      say('preparing');
      var breadcrumb = document.querySelector('.breadcrumbs a');
      // data-window-url is /quiz/<lessonId>/offline-window
      prepare(button.getAttribute('data-window-url').split('/')[2], {
        courseId: button.getAttribute('data-course'),
        courseTitle: breadcrumb ? breadcrumb.textContent.trim() : '',
        title: (document.querySelector('h1') || {textContent: document.title}).textContent.trim(),
        progress: function (done, total) { say('storing', {done: done, total: total}); }
      }).then(function (window_) {
        say('ready', {until: when(window_.deadlineMillis)});
        var link = document.createElement('a');
        link.href = window_.attemptUrl;
        link.className = 'quiz-offline-open';
        link.textContent = status.getAttribute('data-open') || window_.attemptUrl;
        status.appendChild(document.createTextNode(' '));
        status.appendChild(link);
      }, function (error) {
        if (error.fromServer) {
          say('failed', {reason: error.message});
        } else {
          say('unreachable'); // no connection, or the page could not be stored: try again online
        }
        button.disabled = false;
      });
    });
  }

  window.FakhQuizOffline = {prepare: prepare};
  var button = document.querySelector('.quiz-offline-prepare');
  if (button && document.querySelector('.quiz-offline-status')) {
    wire(button);
  }
})();
