// The course page's "Download for offline" section: the size before downloading (pages estimated, hence
// "≈"), recordings to tick per lesson, progress, then what this device stores (version, size, date) with
// Remove, and Update when the course has a newer published version than the one stored. The words come
// from the section's data attributes, in the page's language; the work is FakhOffline's (offline-download.js).
(function () {
  'use strict';

  var section = document.getElementById('offline-download');
  if (!section || !window.FakhOffline || !FakhOffline.supported) {
    return; // the section stays hidden: this browser could not read the course without a connection
  }
  var courseId = section.getAttribute('data-course');
  var userMeta = document.querySelector('meta[name="fakh-user"]');
  var userId = userMeta ? userMeta.getAttribute('content') : section.getAttribute('data-user');
  var lang = document.documentElement.lang || 'uk';
  var manifest = null;
  var record = null;

  function part(role) {
    return section.querySelector('[data-role="' + role + '"]');
  }

  function button(action) {
    return section.querySelector('[data-action="' + action + '"]');
  }

  /** The section's string `key` with {0}, {1}… filled in. */
  function say(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return section.getAttribute('data-t-' + key).replace(/\{(\d)\}/g, function (all, i) { return args[Number(i)]; });
  }

  function size(bytes) {
    var megabytes = bytes >= 1024 * 1024;
    var value = megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024));
    var number = new Intl.NumberFormat(lang, {maximumFractionDigits: megabytes ? 1 : 0}).format(value);
    return say(megabytes ? 'mb' : 'kb', number);
  }

  function chosenMedia() {
    return Array.prototype.filter.call(section.querySelectorAll('[data-role="media-list"] input'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
  }

  function showManifest() {
    part('size').textContent = say('total', size(manifest.totalBytes));
    var byLesson = {};
    manifest.files.filter(function (file) { return file.media; }).forEach(function (file) {
      byLesson[file.lessonId] = (byLesson[file.lessonId] || 0) + file.bytes;
    });
    var list = part('media-list');
    list.textContent = '';
    manifest.pages.filter(function (page) { return page.kind === 'lesson' && byLesson[page.lessonId]; }).forEach(function (page) {
      var item = document.createElement('li');
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = page.lessonId;
      box.checked = Boolean(record && record.mediaLessons.indexOf(page.lessonId) >= 0);
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + page.title + ' (' + size(byLesson[page.lessonId]) + ')'));
      item.appendChild(label);
      list.appendChild(item);
    });
    part('media').hidden = !list.firstChild;
  }

  function mediaChanged() {
    var now = chosenMedia().slice().sort().join();
    return record !== null && now !== record.mediaLessons.slice().sort().join();
  }

  /** Shows what is stored, and which actions make sense now. */
  function showState() {
    var stored = record !== null;
    var outdated = stored && String(record.version) !== section.getAttribute('data-version');
    part('stored').hidden = !stored;
    if (stored) {
      part('stored').textContent = say('stored', record.version, size(record.bytes),
        new Date(record.downloadedAt).toLocaleDateString(lang));
    }
    part('update').hidden = !outdated;
    button('update').hidden = !outdated || !manifest;
    button('remove').hidden = !stored;
    button('download').hidden = stored && !mediaChanged();
    button('download').disabled = !manifest;
  }

  function readRecord() {
    return FakhDb.get('downloads', courseId).then(function (found) {
      record = found && (!found.userId || !userId || found.userId === userId) ? found : null;
    }, function () { record = null; });
  }

  function busy(on) {
    ['download', 'update', 'remove'].forEach(function (action) { button(action).disabled = on; });
    part('progress').hidden = !on;
  }

  /** Quizzes the trainer allows offline get their offline window and questions from quiz-offline.js. */
  function prepareQuizzes() {
    var quizzes = manifest.quizzes.filter(function (quiz) { return quiz.offline; });
    if (!window.FakhQuizOffline || typeof FakhQuizOffline.prepare !== 'function') {
      return Promise.resolve();
    }
    return quizzes.reduce(function (chain, quiz) {
      return chain.then(function () {
        var where = {courseId: manifest.courseId, courseTitle: manifest.title, title: quiz.title};
        return Promise.resolve(FakhQuizOffline.prepare(quiz.lessonId, where))['catch'](function (error) {
          // the course is stored all the same; the test can still be prepared from its own page
          part('status').textContent = say('quiz', quiz.title, error && error.message ? error.message : String(error));
        });
      });
    }, Promise.resolve());
  }

  function start() {
    if (navigator.storage && navigator.storage.persist) {
      navigator.storage.persist()['catch'](function () { return false; }); // a wish; browsers decide, and some ask
    }
    var hadRecord = record !== null;
    var progress = part('progress');
    var expected = manifest.totalBytes + manifest.files.filter(function (file) {
      return file.media && chosenMedia().indexOf(file.lessonId) >= 0;
    }).reduce(function (sum, file) { return sum + file.bytes; }, 0);
    progress.max = expected;
    progress.value = 0;
    busy(true);
    part('status').textContent = say('downloading');
    FakhOffline.download(manifest, chosenMedia(), userId, function (bytes) {
      progress.value = Math.min(bytes, expected);
    }).then(function () {
      progress.value = expected;
      part('status').textContent = say('done');
      return prepareQuizzes();
    }).then(readRecord).then(function () {
      section.setAttribute('data-version', String(record ? record.version : manifest.version));
      busy(false);
      showState();
    })['catch'](function (error) {
      busy(false);
      part('status').textContent = say('failed', error && error.message ? error.message : String(error));
      // a first download that broke off leaves nothing half-stored behind
      return (hadRecord ? Promise.resolve() : FakhOffline.remove(courseId)).then(readRecord).then(showState);
    });
  }

  function removeAll() {
    busy(true);
    FakhOffline.remove(courseId).then(readRecord).then(function () {
      busy(false);
      part('status').textContent = say('removed');
      if (manifest) {
        showManifest();
      }
      showState();
    });
  }

  function loadManifest() {
    return fetch(section.getAttribute('data-manifest'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      }).then(function (found) {
        manifest = found;
        showManifest();
      }, function () {
        part('size').textContent = say('unknown'); // offline, or the course went away: what is stored still shows
      });
  }

  section.hidden = false;
  button('download').addEventListener('click', start);
  button('update').addEventListener('click', start);
  button('remove').addEventListener('click', removeAll);
  part('media-list').addEventListener('change', showState);
  showState();
  readRecord().then(loadManifest).then(showState);
})();
