// The course outline by drag and drop: lessons within and across sections, sections among
// themselves. A drop posts the new place to the same move route the up/down buttons use
// ({position}, and {sectionId} for a lesson), with the CSRF token of the item's own move form;
// when the server refuses, the page reloads to show the outline as it is. Without JavaScript,
// or from the keyboard, the buttons and the "move to section" select do the same.
(function () {
  var outline = document.querySelector('[data-reorder]');
  if (!outline || !('draggable' in document.createElement('span'))) {
    return;
  }
  var status = outline.querySelector('.reorder-status');
  var dragged = null;

  outline.querySelectorAll('[data-drag]').forEach(function (item) {
    var handle = item.querySelector('.drag-handle');
    handle.hidden = false;
    handle.draggable = true;
    handle.addEventListener('dragstart', function (event) {
      event.stopPropagation();
      dragged = item;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.id);
      event.dataTransfer.setDragImage(item, 10, 10);
      item.classList.add('dragging');
    });
    handle.addEventListener('dragend', function () {
      item.classList.remove('dragging');
      dragged = null;
    });
  });
  outline.querySelector('.reorder-hint').hidden = false;

  // Where the dragged item would land: [list, the item to insert before (or null for the end)].
  function landing(event) {
    if (!dragged) {
      return null;
    }
    var kind = dragged.dataset.drag;
    var over = event.target.closest(kind === 'lesson' ? '[data-drag="lesson"], ol[data-section], [data-drag="section"]' : '[data-drag="section"]');
    if (!over || over === dragged || dragged.contains(over)) {
      return null;
    }
    if (kind === 'lesson' && over.dataset.drag === 'section') {
      return [over.querySelector('ol[data-section]'), null];
    }
    if (over.matches('ol[data-section]')) {
      return [over, null];
    }
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    return [over.parentElement, after ? over.nextElementSibling : over];
  }

  outline.addEventListener('dragover', function (event) {
    if (landing(event)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  });

  outline.addEventListener('drop', function (event) {
    var place = landing(event);
    if (!place) {
      return;
    }
    event.preventDefault();
    var item = dragged;
    place[0].insertBefore(item, place[1] === item ? item.nextElementSibling : place[1]);
    var siblings = Array.prototype.filter.call(place[0].children, function (el) {
      return el.dataset.drag === item.dataset.drag;
    });
    save(item, siblings.indexOf(item), place[0].dataset.section);
  });

  function save(item, position, sectionId) {
    var form = item.querySelector('form.move');
    var body = new URLSearchParams();
    body.set('_csrf', form.querySelector('input[name=_csrf]').value);
    body.set('position', String(position));
    if (item.dataset.drag === 'lesson') {
      body.set('sectionId', sectionId);
    }
    status.textContent = outline.dataset.saving;
    fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual'})
      .then(function (response) {
        // the route answers with a redirect back to the editor: opaque here, and that is success
        if (response.type !== 'opaqueredirect' && !response.ok) {
          throw new Error(String(response.status));
        }
        status.textContent = outline.dataset.saved;
        var select = item.querySelector('.move-to select');
        if (select && sectionId) {
          select.value = sectionId;
        }
      })
      .catch(function () {
        status.textContent = outline.dataset.failed;
        window.location.reload();
      });
  }
})();
