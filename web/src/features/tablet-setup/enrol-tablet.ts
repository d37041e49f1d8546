// Makes this browser a site tablet. Every way of setting a tablet up (scanned QR, typed code, a manager signed in on
// it) ends here, so what a tablet must do once at enrolment is done in this one place. The device token goes from the
// server's answer straight into storage: no person ever reads or types it.
import { requestGraphQL } from '../../graphql/client';
import { saveDevice, type DeviceBinding } from '../../app/device-token';
import { tabletKeyForEnrolment } from '../site-pack';
import { EnrolTabletWithCodeMutation, SetupEnrolTabletMutation } from './tablet-setup.queries';

export type Enrolment =
  /** A one-time code, typed or read from the QR on the manager's screen. */
  | { code: string }
  /** A manager or trainer who signed in on this tablet, for one request only (no session is kept). */
  | { accessToken: string; siteId: string; label: string };

export async function enrolThisTablet(how: Enrolment, fetchImpl?: typeof fetch, makeKey = tabletKeyForEnrolment): Promise<DeviceBinding> {
  // The tablet's own key pair is made now and its public half sent with the enrolment, so the first site pack is
  // already sealed for this tablet and no one holding a copy of the token can register a key in its place.
  const key = await makeKey();
  const publicKey = key?.publicKeyJwk ?? null;
  const payload =
    'code' in how
      ? (await requestGraphQL(EnrolTabletWithCodeMutation, { code: how.code, publicKey }, { fetchImpl })).enrolTabletWithCode
      : (await requestGraphQL(SetupEnrolTabletMutation, { siteId: how.siteId, label: how.label, publicKey }, { token: how.accessToken, fetchImpl })).enrolTablet;
  await key?.keep(payload.deviceToken);
  const binding: DeviceBinding = {
    deviceToken: payload.deviceToken,
    tabletId: payload.tablet.id,
    label: payload.tablet.label,
    siteName: payload.siteName,
  };
  saveDevice(binding);
  return binding;
}

/** The address the manager's QR code carries: opened by the tablet's own camera app, it lands on the set-up screen. */
export function enrolmentUrl(origin: string, code: string): string {
  return `${origin}/tablet/setup#code=${encodeURIComponent(code)}`;
}

/** The code in a scanned QR (the address above, or a bare code); null for anything else, such as a worker's badge. */
export function enrolmentCodeFrom(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  const fromUrl = /[#&]code=([^&]+)/.exec(trimmed);
  const candidate = fromUrl ? decodeURIComponent(fromUrl[1]!) : trimmed;
  return /^[2-9A-Za-z]{4}[- ]?[2-9A-Za-z]{4}$/.test(candidate) && (fromUrl || !trimmed.includes(':')) ? candidate.toUpperCase() : null;
}
