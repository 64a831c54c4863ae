// Momentos survey embed: resizes every Momentos survey iframe of the page to its content.
(function () {
  window.addEventListener('message', function (event) {
    var height = event.data && event.data.momentosSurveyHeight;
    if (typeof height !== 'number') return;
    document.querySelectorAll('iframe[data-momentos-survey]').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.min(height + 20, 4000) + 'px';
    });
  });
})();
