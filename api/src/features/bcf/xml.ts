// Just enough XML for BCF: a writer that escapes everything it is given, and a reader (on saxes, a strict
// standards-compliant parser) that turns a document into a small tree. Element names are compared without their
// namespace prefix: BCF files from other tools may carry one.
import { SaxesParser } from 'saxes';

export type XmlChild = XmlElement | string | null | undefined | false;

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlChild[];
}

/** An element to write; attributes with an undefined value are left out, children that are null/false too. */
export function el(name: string, attributes: Record<string, string | number | boolean | undefined> = {}, ...children: XmlChild[]): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) attrs[key] = String(value);
  return { name, attributes: attrs, children };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
// XML 1.0 forbids most control characters even escaped: a comment typed on a tablet must not break the file.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

function write(node: XmlChild, out: string[]): void {
  if (node === null || node === undefined || node === false) return;
  if (typeof node === 'string') {
    out.push(escapeText(clean(node)));
    return;
  }
  out.push(`<${node.name}`);
  for (const [key, value] of Object.entries(node.attributes)) out.push(` ${key}="${escapeAttr(clean(value))}"`);
  const children = node.children.filter((c) => c !== null && c !== undefined && c !== false);
  if (!children.length) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of children) write(child, out);
  out.push(`</${node.name}>`);
}

/** The document as UTF-8 text with its XML declaration. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out);
  out.push('\n');
  return out.join('');
}

/** A parsed element: local name, attributes by local name, element children and its own text. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const local = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** Parses a whole document; throws on malformed XML (the parser is strict). DTDs are not followed. */
export function parseXml(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[local(key)] = String(value);
    const node: XmlNode = { name: local(tag.name), attributes, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (failure) throw failure;
  if (!root) throw new Error('empty XML document');
  return root;
}

/** The first child element with this local name. */
export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((c) => c.name === name);

/** Every child element with this local name. */
export const childrenNamed = (node: XmlNode | undefined, name: string): XmlNode[] => node?.children.filter((c) => c.name === name) ?? [];

/** The trimmed text of a child element, or undefined when it is missing or blank. */
export function textOf(node: XmlNode | undefined, name: string): string | undefined {
  const value = child(node, name)?.text.trim();
  return value ? value : undefined;
}
