// Building the page without HTML strings: every piece of text, including anything a merchant typed or
// imported, becomes a text node (textContent), never markup. Nothing here touches innerHTML.

/**
 * h('div', {class: 'card', on: {click: fn}, data: {role: 'x'}}, 'text', child, [more]) → an element.
 * Strings and numbers become text nodes; null, undefined and false are skipped; arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'on') {
        for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
      } else if (name === 'data') {
        for (const [key, v] of Object.entries(value)) el.dataset[key] = String(v);
      } else if (name === 'class') {
        el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
      } else if (name.startsWith('on')) {
        throw new Error('use {on: {...}} for event handlers');
      } else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'selected') {
        el[name] = value;
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces everything inside el with the given children. */
export function replace(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
  return el;
}

/** A table: headers are strings, each row an array of cells (strings, numbers or nodes). */
export function table(headers, rows, attrs) {
  return h('div', { class: 'table-wrap' },
    h('table', attrs || null,
      h('thead', null, h('tr', null, headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', null, rows.map((row) => h('tr', null, row.map((cell) => h('td', null, cell)))))));
}
