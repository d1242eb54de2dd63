/** The element is in the page and laid out (not inside a closed view, such as Flex's when another view shows). */
export function isDisplayed(element: HTMLElement): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}
