import type { Context, MiddlewareHandler } from "hono";
import { staffCan, type StaffPermission } from "../../src/domain/staff-permissions";
import { ApiError } from "../errors";
import type { Log } from "../log";
import type { StaffMember, StaffSession } from "./sessions";

/** What the console's middleware tells its routes about a request. */
export type ConsoleEnv = {
  Variables: {
    staffSession: StaffSession;
    requestId: string;
    log: Log;
  };
};
export type ConsoleCtx = Context<ConsoleEnv>;

/**
 * The one staff policy: may the signed-in staff member do `permission`? Every console route asks
 * it (as middleware), with the matrix the console reads (src/domain/staff-permissions.ts).
 * Answers the staff member; refuses with forbidden.
 */
export function authorizeStaff(c: ConsoleCtx, permission: StaffPermission): StaffMember {
  const member = c.get("staffSession").staff;
  if (!staffCan(member.role, permission)) throw new ApiError("forbidden");
  return member;
}

/** authorizeStaff as a route's middleware. */
export function requireStaff(permission: StaffPermission): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    authorizeStaff(c, permission);
    await next();
  };
}
