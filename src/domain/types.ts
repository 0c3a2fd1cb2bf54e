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

export type OaUnavailableReason =
  | "oa_linked_here"
  | "oa_reauthorize"
  | "oa_linked_elsewhere"
  | "oa_not_verified";

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
  /** Zalo says the OA is linked to a ZCA outside this app. */
  zaloLinkedZca: string | null;
  /** Zalo no longer honours the person's authorization of the OA: "Cần cấp quyền lại". */
  reauthorize: boolean;
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

/** An OA authorization the app follows until Zalo sends the person back. */
export type OaGrant =
  | { status: "pending" | "expired" }
  | { status: "done"; oa: OaProfile }
  | { status: "refused" | "failed"; error?: string };

/** A started OA authorization: the app opens `url` (Zalo's permission page) and polls `id`. */
export interface OaGrantStart {
  id: string;
  url: string;
  expiresAt: string;
}
