// The catalogue's filters, quicker with JavaScript: the same choices as the filter pages' links,
// applied to the list in place. Without JavaScript the form stays hidden and the links work alone.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var list = document.getElementById('practices');
  var status = document.getElementById('filter-status');
  if (!form || !list || !status) return;
  var items = Array.prototype.slice.call(list.querySelectorAll('li[data-practice]'));
  function has(words, word) {
    return (' ' + words + ' ').indexOf(' ' + word + ' ') >= 0;
  }
  function apply() {
    var theme = form.elements.themes.value;
    var place = form.elements.municipalities.value;
    var priority = form.elements.priority.value;
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!theme || has(li.getAttribute('data-themes'), theme)) &&
        (!place || li.getAttribute('data-municipality') === place) &&
        (!priority || li.getAttribute('data-priority') === priority);
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    status.textContent = form.getAttribute('data-showing') + ' ' + shown + ' ' + form.getAttribute('data-of') + ' ' + items.length;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  apply();
}());
