type AttributeValue = string | number | boolean | null | undefined
export type Child = Node | string | null | undefined | false

/**
 * An element with attributes and children. Text always goes in as a text node, never as markup,
 * so a name or a question holding `<script>` shows as those characters.
 */
export function makeElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  appendChildren(element, children)
  return element
}

export function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
  }
}

let idCount = 0

/** A document-unique id for label, help and error wiring. */
export function makeId(prefix: string): string {
  idCount += 1
  return `${prefix}-${idCount}`
}

/** Space-separated ids for aria-describedby, skipping the parts that are not there. */
export function joinIds(ids: readonly (string | null | undefined)[]): string | null {
  const present = ids.filter((id): id is string => Boolean(id))
  return present.length > 0 ? present.join(' ') : null
}

const svgNamespace = 'http://www.w3.org/2000/svg'

function makeSvgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(svgNamespace, tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  return element
}

/** Trellis's leaf mark (build/icon-small.svg), drawn in place so the page needs no image file. */
export function makeLogo(): SVGElement {
  const svg = makeSvgElement('svg', {
    viewBox: '0 0 1024 1024',
    width: '28',
    height: '28',
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'logo',
  })
  svg.appendChild(
    makeSvgElement('rect', {
      x: '32',
      y: '32',
      width: '960',
      height: '960',
      rx: '180',
      class: 'logo-tile',
    }),
  )
  svg.appendChild(
    makeSvgElement('path', {
      d: 'M512 860 C 512 720, 500 600, 522 500',
      'stroke-width': '96',
      'stroke-linecap': 'round',
      fill: 'none',
      class: 'logo-stem',
    }),
  )
  svg.appendChild(
    makeSvgElement('path', {
      d: 'M504 680 C 380 686, 248 610, 212 440 C 380 420, 496 520, 504 680 Z',
      class: 'logo-leaf-soft',
    }),
  )
  svg.appendChild(
    makeSvgElement('path', {
      d: 'M520 500 C 556 340, 676 232, 850 232 C 846 410, 716 520, 520 500 Z',
      class: 'logo-leaf',
    }),
  )
  return svg
}
