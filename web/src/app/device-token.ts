// The site-tablet credential this browser holds, once a manager or trainer chose "use this tablet for the site".
import { useSyncExternalStore } from 'react';

export const DEVICE_STORAGE_KEY = 'fit.device';

export interface DeviceBinding {
  deviceToken: string;
  tabletId?: string;
  label?: string;
  siteName?: string;
}

const listeners = new Set<() => void>();
let cached: { raw: string | null; value: DeviceBinding | null } = { raw: null, value: null };

export function readDevice(): DeviceBinding | null {
  const raw = localStorage.getItem(DEVICE_STORAGE_KEY);
  if (raw === cached.raw) return cached.value;
  let value: DeviceBinding | null;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<DeviceBinding>) : null;
    value = typeof parsed?.deviceToken === 'string' ? (parsed as DeviceBinding) : null;
  } catch {
    value = null;
  }
  cached = { raw, value };
  return value;
}

// Deliberately not part of the session: a worker signing out must leave the tablet a tablet.
export function saveDevice(binding: DeviceBinding): void {
  localStorage.setItem(DEVICE_STORAGE_KEY, JSON.stringify(binding));
  listeners.forEach((listener) => listener());
}

export function forgetDevice(): void {
  localStorage.removeItem(DEVICE_STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDevice(): DeviceBinding | null {
  return useSyncExternalStore(subscribe, readDevice);
}
