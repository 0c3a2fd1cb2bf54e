import { Hono } from "hono";
import { addMemberSchema, changeRoleSchema } from "../../src/domain/schemas";
import type { Db } from "../db/client";
import { actor, readBody, readParam, type Env } from "../http";
import { addMember, changeRole, listMembers, removeMember, type MemberOptions } from "../services/members";

/** /api/accounts/:id/members: who belongs to a ZCA, with which role. */
export function memberRoutes(db: Db, options: MemberOptions) {
  return new Hono<Env>()
    .get("/", async (c) => c.json(await listMembers(db, readParam(c, "id"), c.get("personId"))))
    .post("/", async (c) => {
      const body = await readBody(c, addMemberSchema);
      return c.json(await addMember(db, actor(c), readParam(c, "id"), body, options), 201);
    })
    .patch("/:memberId", async (c) => {
      const { role } = await readBody(c, changeRoleSchema);
      const member = await changeRole(db, actor(c), readParam(c, "id"), readParam(c, "memberId"), role);
      return c.json(member);
    })
    .delete("/:memberId", async (c) => {
      await removeMember(db, actor(c), readParam(c, "id"), readParam(c, "memberId"));
      return c.body(null, 204);
    });
}
