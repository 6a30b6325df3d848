// Filters a long list of check boxes (the quiz form's question picker) as the trainer types or chooses:
// a container [data-filter-controls] holds controls [data-filter=text|<attribute>]; each item of the
// following [data-filter-items] list shows when its text holds the words and its data-<attribute>
// equals the chosen value. Ticked items always stay visible, so nothing chosen is hidden from view.
document.querySelectorAll('[data-filter-controls]').forEach(function (controls) {
  var scope = controls.parentElement;
  var items = scope.querySelectorAll('[data-filter-items] > li');
  var inputs = controls.querySelectorAll('[data-filter]');
  function apply() {
    items.forEach(function (item) {
      var ticked = item.querySelector('input:checked') !== null;
      var shown = Array.prototype.every.call(inputs, function (input) {
        var wanted = input.value.trim().toLowerCase();
        if (!wanted) {
          return true;
        }
        if (input.dataset.filter === 'text') {
          return (item.dataset.text || '').indexOf(wanted) >= 0;
        }
        return (item.dataset[input.dataset.filter] || '').toLowerCase() === wanted;
      });
      item.hidden = !(shown || ticked);
    });
  }
  inputs.forEach(function (input) {
    input.addEventListener('input', apply);
    input.addEventListener('change', apply);
  });
  controls.hidden = false;
});
