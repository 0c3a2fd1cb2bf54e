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

export interface Oa {
  id: string;
  name: string;
  avatar: string;
  verified: boolean;
  category: string;
  followers: number;
  linkedAccountId: string | null;
  linkable: boolean;
  reason?: OaUnavailableReason;
}

export interface App {
  id: string;
  name: string;
  linkedAccountId: string | null;
}

export interface Terms {
  version: string;
  title: string;
  body: string;
}

export interface LinkedOa {
  id: string;
  name: string;
  avatar: string;
  verified: boolean;
  category: string;
  followers: number;
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
