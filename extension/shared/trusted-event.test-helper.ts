/**
 * Tests stand in for the reader's own input: the DOM of the unit tests marks no event as trusted (a browser marks
 * only those its user caused), and our handlers ignore untrusted ones. Real input is proven end to end.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A trusted primary-button click on `element`, as a user's. */
export function userClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 })));
}
