// Loaded by every page, so kept small: registers the service worker, says when a page is a stored
// copy, keeps the stored offline page in the reader's language, and on sign-out removes the
// downloaded courses (a shared office phone must not keep one person's pages); someone else signing
// in after a session simply ran out removes the previous person's. The outbox stays: its entries
// carry their owner and are sent only while that person is signed in. It also shows every iOS note
// (`data-ios-note`) where Safari may erase stored data: on iOS, outside the home screen.
(function () {
  'use strict';

  var root = document.documentElement;
  var me = document.currentScript;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'})['catch'](function () {
      // a browser that refuses (private mode, old version) simply works online
    });
  }

  function whenReady(run) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', run);
    } else {
      run();
    }
  }

  /** iOS erases a site's storage after 7 days unused unless it runs from the home screen. */
  function storageMayBeErased() {
    var ios = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
    var installed = navigator.standalone === true || (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches);
    return ios && !installed;
  }

  whenReady(function () {
    if (storageMayBeErased()) {
      document.querySelectorAll('[data-ios-note]').forEach(function (note) { note.hidden = false; });
    }
    if (root.hasAttribute('data-offline-copy')) {
      var banner = document.getElementById('offline-copy');
      if (banner) {
        banner.hidden = false;
      }
    }
    var signOut = document.querySelector('form[action="/signout"]');
    if (signOut) {
      signOut.addEventListener('submit', forgetDownloads);
    }
  });

  refreshOfflinePage();
  forgetOthersDownloads();

  /** The stored offline page speaks the language it was stored in: store it again when the reader switched. */
  function refreshOfflinePage() {
    var lang = root.lang;
    if (!window.caches || !navigator.onLine || root.hasAttribute('data-offline-copy')) {
      return;
    }
    try {
      if (localStorage.getItem('fakh-lang') === lang) {
        return;
      }
      localStorage.setItem('fakh-lang', lang);
    } catch (e) {
      return;
    }
    caches.keys().then(function (names) {
      names.filter(function (n) { return n.indexOf('fakh-shell-') === 0; }).forEach(function (name) {
        caches.open(name).then(function (cache) { return cache.add('/offline'); })['catch'](function () {});
      });
    });
  }

  /** Checked once per change of person on this device, so pages do not open the database on every visit. */
  function forgetOthersDownloads() {
    var meta = document.querySelector('meta[name="fakh-user"]');
    var user = meta && meta.content;
    try {
      if (!user || localStorage.getItem('fakh-user') === user) {
        return;
      }
      localStorage.setItem('fakh-user', user);
    } catch (e) {
      return;
    }
    loadDb().then(function (db) {
      return db.all('downloads').then(function (records) {
        return Promise.all(records.filter(function (r) { return r.userId && r.userId !== user; }).map(function (r) {
          return (window.caches ? caches['delete']('fakh-course-' + r.courseId) : Promise.resolve())
            .then(function () { return db.remove('downloads', r.courseId); });
        }));
      });
    })['catch'](function () {});
  }

  function forgetDownloads(event) {
    var form = event.currentTarget;
    if (form.getAttribute('data-forgotten')) {
      return;
    }
    event.preventDefault();
    form.setAttribute('data-forgotten', 'true');
    // Never more than a moment: signing out must work even when the storage does not answer.
    var deadline = new Promise(function (resolve) { setTimeout(resolve, 3000); });
    Promise.race([Promise.all([forgetCourseCaches(), forgetDownloadRecords()])['catch'](function () {}), deadline])
      .then(function () { form.submit(); });
  }

  function forgetCourseCaches() {
    if (!window.caches) {
      return Promise.resolve();
    }
    return caches.keys().then(function (names) {
      return Promise.all(names.map(function (n) {
        if (n.indexOf('fakh-course-') === 0) {
          return caches['delete'](n);
        }
        // The sync centre keeps a copy of itself in the shell: it names the person's waiting work.
        return n.indexOf('fakh-shell-') === 0 ? caches.open(n).then(function (c) { return c['delete']('/sync'); }) : null;
      }));
    });
  }

  /** fakh-db.js is loaded only now: every page pays for this file, not for the database's. */
  function forgetDownloadRecords() {
    return loadDb().then(function (db) {
      return db.all('downloads').then(function (records) {
        return Promise.all(records.map(function (r) { return db.remove('downloads', r.courseId); }));
      });
    });
  }

  function loadDb() {
    if (window.FakhDb) {
      return Promise.resolve(window.FakhDb);
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = me && me.getAttribute('data-db');
      script.onload = function () { window.FakhDb ? resolve(window.FakhDb) : reject(new Error('no FakhDb')); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
})();
