import type { Business } from "./business";
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
  /**
   * The person's own phone in E.164, answered to them alone: it fills in the business's contact
   * phone, which they may then change. Screens show `phone`, the masked form.
   */
  ownPhone: string | null;
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
  /** null for a ZCA created before the business's details were asked. */
  business: Business | null;
}
