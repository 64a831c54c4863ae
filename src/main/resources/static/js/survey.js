// Progressive enhancement only: the page works without this file.
// Inside an embed, tell the host page our height so its iframe fits without scrolling.
(function () {
  if (window.parent === window) return;
  function tell() {
    window.parent.postMessage({ momentosSurveyHeight: document.documentElement.scrollHeight }, '*');
  }
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
})();
