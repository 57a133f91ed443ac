// The article's own script: a page-wide light/dark switch (the widgets follow through their theme attribute).
const button = document.getElementById('page-theme');
button?.addEventListener('click', () => {
  const dark = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(dark));
  button.textContent = dark ? 'Light page' : 'Dark page';
  document.documentElement.classList.toggle('dark', dark);
  for (const widget of document.querySelectorAll(
    '.article > :is(strike-card, casualty-counter, quote-block, strike-timeline, claim-compare), .sidebar > *',
  )) {
    if (dark) widget.setAttribute('theme', 'dark');
    else widget.removeAttribute('theme');
  }
});
