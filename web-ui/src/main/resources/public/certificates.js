// "Copy" next to a certificate's share link: copies the link, and says so on the button for a moment.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.copy[data-copy]');
  if (!button) return;
  var field = document.getElementById(button.dataset.copy);
  field.select();
  var done = function () {
    var label = button.textContent;
    button.textContent = button.dataset.copied;
    setTimeout(function () { button.textContent = label; }, 2000);
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
  } else {
    document.execCommand('copy');
    done();
  }
});
