// The sync centre (/sync): shows what FakhOutbox holds for the signed-in person and the courses
// stored on this device, from the browser's own storage, so it works offline too. Every word comes
// from the page (data attributes and templates in the person's language); this script only fills in.
(function () {
  'use strict';

  var queue = document.querySelector('.sync-queue');
  var stored = document.querySelector('.sync-stored');
  if (!queue || !window.FakhOutbox || !window.FakhDb) {
    return;
  }
  document.querySelector('.sync-needs-script').hidden = true;
  var lang = document.documentElement.lang || undefined;
  var list = queue.querySelector('.sync-list');
  var statusEl = queue.querySelector('.sync-status');
  var sendButton = queue.querySelector('.sync-send');
  var sending = false;
  var me = document.currentScript;

  /** A sentence of the page with {0}, {1}… filled in. */
  function say(el, name) {
    var args = Array.prototype.slice.call(arguments, 2);
    return el.getAttribute('data-' + name).replace(/\{(\d+)\}/g, function (all, i) { return args[Number(i)]; });
  }

  function when(ms) {
    return new Date(ms).toLocaleString(lang, {dateStyle: 'medium', timeStyle: 'short'});
  }

  function size(bytes) {
    var kb = (bytes || 0) / 1024;
    if (kb < 1024) {
      return say(stored, 'kb', Math.max(1, Math.round(kb)));
    }
    var mb = kb / 1024;
    return mb < 1024 ? say(stored, 'mb', mb.toFixed(1)) : say(stored, 'gb', (mb / 1024).toFixed(1));
  }

  /** Why an entry has not gone yet: the server's own words, else what its last status means. */
  function problem(entry) {
    if (entry.lastStatus === 401 || entry.lastStatus === 403) {
      return say(queue, 'sign-in');
    }
    if (entry.lastError) {
      return entry.lastError;
    }
    if (entry.state === 'failed') {
      return say(queue, 'refused', entry.lastStatus);
    }
    if (entry.lastStatus === 0) {
      return say(queue, 'unreachable');
    }
    return entry.lastStatus >= 500 ? say(queue, 'server') : '';
  }

  function item(entry) {
    var li = document.getElementById('sync-item').content.firstElementChild.cloneNode(true);
    li.setAttribute('data-key', entry.key);
    li.setAttribute('data-state', entry.state);
    li.querySelector('.sync-label').textContent = entry.label || entry.key;
    li.querySelector('.sync-since').textContent = say(queue, entry.state === 'failed' ? 'failed' : 'waiting', when(entry.createdAt));
    var why = problem(entry);
    var problemEl = li.querySelector('.sync-problem');
    problemEl.textContent = why;
    problemEl.hidden = !why;
    var failed = entry.state === 'failed';
    li.querySelector('.sync-retry').hidden = !failed;
    li.querySelector('.sync-remove').hidden = !failed;
    return li;
  }

  function showStatus() {
    if (sending) {
      statusEl.textContent = say(queue, 'sending');
    } else if (!navigator.onLine) {
      statusEl.textContent = say(queue, 'offline');
    } else {
      var last = FakhOutbox.lastResult();
      statusEl.textContent = last ? say(queue, 'last', when(last.at), last.sent, last.failed, last.waiting) : '';
    }
  }

  function showQueue() {
    return FakhOutbox.list().then(function (entries) {
      list.replaceChildren.apply(list, entries.map(item));
      queue.querySelector('.sync-empty').hidden = entries.length > 0;
      sendButton.disabled = sending || !entries.some(function (e) { return e.state === 'waiting'; });
      showStatus();
    });
  }

  function send(action) {
    sending = true;
    sendButton.disabled = true;
    showStatus();
    return action().then(done, done);
  }

  function done() {
    sending = false;
    return showQueue();
  }

  function user() {
    var meta = document.querySelector('meta[name="fakh-user"]');
    return meta ? meta.content : null;
  }

  function storedItem(download) {
    var li = document.getElementById('stored-item').content.firstElementChild.cloneNode(true);
    li.setAttribute('data-course', download.courseId);
    var link = li.querySelector('.stored-title');
    link.href = '/courses/' + download.courseId;
    link.textContent = download.title || download.courseId;
    li.querySelector('.stored-facts').textContent =
      say(stored, 'size', download.version, size(download.bytes), when(download.downloadedAt));
    return li;
  }

  function showStored() {
    var storedList = stored.querySelector('.stored-list');
    return FakhDb.all('downloads').then(function (downloads) {
      var mine = downloads.filter(function (d) { return !d.userId || String(d.userId) === String(user()); });
      storedList.replaceChildren.apply(storedList, mine.map(storedItem));
      stored.querySelector('.sync-none').hidden = mine.length > 0;
    }).then(showStorage, showStorage);
  }

  function showStorage() {
    var storage = navigator.storage;
    if (!storage) {
      return;
    }
    if (storage.estimate) {
      storage.estimate().then(function (estimate) {
        var usage = stored.querySelector('.sync-usage');
        usage.textContent = say(stored, 'usage', size(estimate.usage), size(estimate.quota));
        usage.hidden = false;
      });
    }
    if (storage.persisted) {
      storage.persisted().then(function (persisted) {
        var persistedEl = stored.querySelector('.sync-persisted');
        persistedEl.textContent = say(stored, persisted ? 'persisted' : 'not-persisted');
        persistedEl.hidden = false;
      });
    }
  }

  /** Removes a stored course: its pages (one cache per course) and its record. */
  function removeStored(courseId) {
    var clearing = window.caches ? caches['delete']('fakh-course-' + courseId) : Promise.resolve();
    return clearing.then(function () { return FakhDb.remove('downloads', courseId); }).then(showStored);
  }

  /**
   * Keeps this page in the service worker's shell, so it opens offline once visited. Stored again
   * when someone else signed in (the page names its person) and after a new worker made a new shell;
   * never from an offline copy of itself.
   */
  function keepForOffline() {
    if (!window.caches || !navigator.onLine || document.documentElement.hasAttribute('data-offline-copy')) {
      return;
    }
    var storedFor = null;
    try { storedFor = localStorage.getItem('fakh.sync.storedFor'); } catch (unavailable) { /* store again */ }
    // the worker's shell exists once it is active: the first visit after signing in may come before that
    var workers = navigator.serviceWorker;
    (workers ? workers.ready : Promise.resolve()).then(function () {
      return caches.keys();
    }).then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf('fakh-shell-') === 0; }).map(function (name) {
        return caches.open(name).then(function (cache) {
          return cache.match('/sync').then(function (copy) {
            if (copy && storedFor === user()) {
              return null;
            }
            return cache.addAll(['/sync', me.src]).then(function () {
              try { localStorage.setItem('fakh.sync.storedFor', user()); } catch (unavailable) { /* next visit stores it again */ }
            });
          });
        });
      }));
    })['catch'](function () { /* without a copy this page just needs the connection */ });
  }

  sendButton.addEventListener('click', function () {
    send(FakhOutbox.flush);
  });
  list.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    var li = button && button.closest('.sync-item');
    if (!li) {
      return;
    }
    var key = li.getAttribute('data-key');
    if (button.classList.contains('sync-retry')) {
      send(function () { return FakhOutbox.retry(key); });
    } else if (button.classList.contains('sync-remove')) {
      FakhOutbox.remove(key).then(showQueue);
    }
  });
  stored.addEventListener('click', function (event) {
    var button = event.target.closest('.stored-remove');
    if (button) {
      button.disabled = true;
      removeStored(button.closest('.stored-item').getAttribute('data-course'));
    }
  });
  // Another tab, the service worker or outbox.js itself (replay on load, `online`) changed the queue.
  window.addEventListener('fakh-outbox-change', function () { showQueue(); });
  window.addEventListener('fakh-outbox-flushed', function () { showQueue(); });
  window.addEventListener('online', showStatus);
  window.addEventListener('offline', showStatus);

  keepForOffline();
  showQueue();
  showStored();
})();
