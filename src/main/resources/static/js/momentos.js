// Progressive enhancement only: every page works without this file.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (button && navigator.clipboard) {
    navigator.clipboard.writeText(document.getElementById(button.getAttribute('data-copy')).textContent.trim());
    button.textContent = button.getAttribute('data-copied') || button.textContent;
  }
});
