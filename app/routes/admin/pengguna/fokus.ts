/**
 * A panel that opens below a long list takes the focus when it appears: the keyboard continues
 * there, a screen reader reads its heading, and the browser scrolls it into view.
 */
export function fokus(node: HTMLElement): void {
  node.focus();
}
