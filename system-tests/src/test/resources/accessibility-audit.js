// WCAG 2.1 AA basics a page can be checked for without a person: the page's language and title,
// one h1, unique ids, a label for every form control, a name for every link, button and image, and
// text contrast (4.5:1, 3:1 for large text) against the nearest opaque background. Returns what it
// found wrong, as text; an empty list when nothing.
const problems = [];
const shown = (el) => {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return style.display !== 'none' && style.visibility !== 'hidden' && (box.width > 0 || box.height > 0);
};
const nameOf = (el) => {
  const label = (el.getAttribute('aria-label') || '').trim();
  if (label) { return label; }
  const by = el.getAttribute('aria-labelledby');
  if (!by) { return ''; }
  return by.split(/\s+/).map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
};
if (!document.documentElement.lang) { problems.push('the page has no lang'); }
if (!document.title.trim()) { problems.push('the page has no title'); }
const headings = document.querySelectorAll('h1').length;
if (headings !== 1) { problems.push(headings + ' h1 headings'); }
const ids = new Set();
document.querySelectorAll('[id]').forEach((el) => {
  if (ids.has(el.id)) { problems.push('duplicate id ' + el.id); }
  ids.add(el.id);
});
document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach((control) => {
  const labelled = (control.id && document.querySelector('label[for="' + CSS.escape(control.id) + '"]'))
    || control.closest('label') || nameOf(control);
  if (!labelled) { problems.push('no label for ' + control.tagName.toLowerCase() + ' ' + (control.id || control.name)); }
});
document.querySelectorAll('a[href], button, summary').forEach((control) => {
  if (shown(control) && !control.textContent.trim() && !nameOf(control)) {
    problems.push('no name for ' + control.tagName.toLowerCase() + ' ' + (control.id || control.getAttribute('href') || ''));
  }
});
document.querySelectorAll('img:not([alt])').forEach((image) => problems.push('no alt for ' + image.src));
document.querySelectorAll('[role=img]').forEach((image) => {
  if (!nameOf(image)) { problems.push('no name for the image ' + image.id); }
});
const rgba = (color) => {
  const parts = (color.match(/rgba?\(([^)]+)\)/) || [null, ''])[1].split(',').map(Number);
  return parts.length < 3 ? null : { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
};
const luminance = (c) => {
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
};
const backgroundOf = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const color = rgba(getComputedStyle(e).backgroundColor);
    if (color && color.a > 0) { return color; }
  }
  return { r: 255, g: 255, b: 255, a: 1 };
};
const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const checked = new Set();
while (texts.nextNode()) {
  const text = texts.currentNode;
  const el = text.parentElement;
  if (!text.textContent.trim() || checked.has(el) || !shown(el)) { continue; }
  checked.add(el);
  const style = getComputedStyle(el);
  const fg = luminance(rgba(style.color));
  const bg = luminance(backgroundOf(el));
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
  if (ratio < (large ? 3 : 4.5)) {
    problems.push('contrast ' + ratio.toFixed(2) + ':1 for "' + text.textContent.trim().slice(0, 40) + '"');
  }
}
return problems;
