import { eq } from "drizzle-orm";
import { can, type Permission, type Role } from "../src/domain/permissions";
import type { Db, Tx } from "./db/client";
import { accounts } from "./db/schema";
import { ApiError } from "./errors";

/**
 * May `personId` do `permission` to the ZCA `accountId`? The one policy every route of a ZCA
 * asks, with the matrix the screens read (src/domain/permissions.ts). Answers the person's role;
 * refuses with not_found for a ZCA that does not exist and forbidden for anyone else.
 */
export async function authorize(
  db: Db | Tx,
  personId: string,
  accountId: string,
  permission: Permission,
): Promise<Role> {
  const [account] = await db
    .select({ superAdminId: accounts.superAdminId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new ApiError("not_found");
  const role: Role | null = account.superAdminId === personId ? "super_admin" : null;
  if (!role || !can(role, permission)) throw new ApiError("forbidden");
  return role;
}
