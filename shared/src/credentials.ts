// Input rules for credentials, shared so the tablet rejects bad input before it ever reaches the server.
export const PASSWORD_MIN_LENGTH = 8;
/** New PINs have six digits; four-digit PINs set before keep working until they are reset. */
export const PIN_LENGTH = 6;
export const LEGACY_PIN_LENGTH = 4;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && EMAIL_PATTERN.test(normaliseEmail(email));
}

/** A PIN that may be set today. */
export function isValidPin(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_LENGTH}}$`).test(pin);
}

/** A PIN that may be tried at sign-in: a new one, or a four-digit one set before. */
export function isPinAttempt(pin: string): boolean {
  return isValidPin(pin) || new RegExp(`^\\d{${LEGACY_PIN_LENGTH}}$`).test(pin);
}
