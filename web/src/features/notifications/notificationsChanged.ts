// Lets the inbox tell the header bell that its count changed, without a shared store for one number.
const EVENT = 'fit:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
