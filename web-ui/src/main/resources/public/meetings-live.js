// The host's live list of who joined: every [data-refresh] container asks its address again every
// 10 seconds and takes the answer's HTML in place. A failed request keeps the list shown and tries
// again next time; a hidden tab does not ask (it catches up when shown again).
document.querySelectorAll('[data-refresh]').forEach(function (box) {
  var busy = false;
  function refresh() {
    if (busy || document.hidden) {
      return;
    }
    busy = true;
    fetch(box.dataset.refresh, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html !== null) {
          box.innerHTML = html;
        }
      })
      .catch(function () { /* offline for a moment: the next round tries again */ })
      .then(function () {
        busy = false;
      });
  }
  setInterval(refresh, 10000);
  document.addEventListener('visibilitychange', refresh);
});
