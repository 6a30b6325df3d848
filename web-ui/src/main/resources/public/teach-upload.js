// Course files: send the upload form with XMLHttpRequest so the trainer sees how far a large
// recording has got on a slow line. The server answers with the editor page (after a redirect when
// the file was kept, or 413/415/400 with the reason); its file list and message replace ours.
// Without JavaScript the same form posts normally.
document.querySelectorAll('form[data-teach-upload]').forEach(function (form) {
  var bar = form.querySelector('.upload-progress');
  var status = form.querySelector('.upload-status');
  var button = form.querySelector('button[type=submit]');

  function show(state, text) {
    form.dataset.state = state;
    status.textContent = text;
  }

  form.addEventListener('submit', function (event) {
    if (!window.FormData || !form.querySelector('input[type=file]').files.length) {
      return;
    }
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      var page = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
      button.disabled = false;
      if (xhr.status >= 200 && xhr.status < 300) {
        bar.value = 100;
        var list = page.getElementById('materials-list');
        if (list) {
          document.getElementById('materials-list').replaceWith(list);
        }
        form.reset();
        show('done', form.dataset.done);
        return;
      }
      var reason = page.querySelector('.upload-error');
      bar.hidden = true;
      show('error', reason ? reason.textContent : (form.getAttribute('data-error-' + xhr.status) || form.dataset.error));
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      bar.hidden = true;
      show('error', form.dataset.error);
    });
    bar.hidden = false;
    bar.value = 0;
    button.disabled = true;
    show('sending', form.dataset.sending);
    xhr.send(new FormData(form));
  });
});
