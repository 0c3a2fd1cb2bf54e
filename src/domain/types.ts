import type { Role } from "./permissions";

export interface User {
  id: string;
  name: string;
  avatar: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
  /** Masked, e.g. "•••• ••• 123"; null until the person shares their phone. */
  phone: string | null;
  /** What GET /api/me answers at sign-in, so the app starts without a second round trip. */
  me?: Me;
}

export interface AccountSummary {
  id: string;
  name: string;
  role: Role;
}

export type CannotCreateReason = "phone_owns_account" | "phone_required";

export interface Me {
  user: User;
  phone: string | null;
  accounts: AccountSummary[];
  canCreateAccount: boolean;
  reason?: CannotCreateReason;
}

export type OaUnavailableReason = "oa_not_verified" | "oa_linked_elsewhere" | "oa_linked_here";

/** An OA as Zalo describes it. */
export interface OaProfile {
  id: string;
  name: string;
  avatar: string;
  verified: boolean;
  category: string;
  followers: number;
}

/** One of the OAs a person administers, with the ZCA that holds it and whether a new ZCA could. */
export interface Oa extends OaProfile {
  linkedAccountId: string | null;
  linkable: boolean;
  reason?: OaUnavailableReason;
}

/** An app (App ID) the person administers, with the ZCA that holds it. */
export interface App {
  id: string;
  name: string;
  linkedAccountId: string | null;
}

export type AppUnavailableReason = "app_linked_elsewhere" | "app_linked_here";

export interface Terms {
  version: string;
  title: string;
  body: string;
}

/** An OA a ZCA holds, with who linked it and when. */
export interface LinkedOa extends OaProfile {
  linkedBy: User;
  linkedAt: string;
}

export interface Account {
  id: string;
  name: string;
  role: Role;
  balance: number;
  superAdmin: User;
  termsVersion: string;
  termsAcceptedAt: string;
  createdAt: string;
  oas: LinkedOa[];
  apps: App[];
}

/**
 * A member of a ZCA as its members list shows them. A number no Zalo account has signed in with
 * yet is a pending invitation: `pending`, no name, and `personId` is the invitation's id; it
 * becomes a membership when a person signs in and shares that phone.
 */
export interface Member {
  personId: string;
  name: string | null;
  avatar: string;
  /** Masked, as every phone the app shows. */
  phone: string | null;
  role: Role;
  addedBy: User;
  addedAt: string;
  pending: boolean;
}
