// The console's only caller of fetch: its own API under /console/api, with the session cookie.
import type { StaffPermission, StaffRole } from "../domain/staff-permissions";

export class SignedOut extends Error {}

export interface Me {
  staff: { id: string; email: string; name: string; role: StaffRole };
  csrfToken: string;
  permissions: StaffPermission[];
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`/console/api${path}`, { credentials: "same-origin" });
  if (response.status === 401) throw new SignedOut();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function signOut(csrfToken: string): Promise<void> {
  await fetch("/console/auth/logout", {
    method: "POST",
    credentials: "same-origin",
    headers: { "X-CSRF-Token": csrfToken },
  });
}
