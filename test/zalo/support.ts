import { readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Db } from "../../server/db/client";
import { accounts, oaAdmins, oas, people } from "../../server/db/schema";
import { ZALO_WWW } from "../zalo-host/build";
import { ZALO_PEOPLE, type PersonKey } from "../zalo-host/people";
import { APP_ID } from "../zalo-host/stack";
import { MP_HOST, MP_PATH } from "../zalo-host/sdk";

export const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });
export const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** Waits for create step `n` with its heading, once zmp-ui has removed the screen sliding away. */
export async function onStep(page: Page, n: number, heading: string): Promise<void> {
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
  await page.getByText(`Bước ${n}/6`, { exact: true }).waitFor();
}

/** The first two create steps: start, then share the phone when Zalo has not given it yet. */
export async function startCreating(page: Page): Promise<void> {
  await button(page, "Tạo tài khoản Zalo Cloud Account").click();
  await onStep(page, 1, "Zalo Cloud Account dùng để làm gì?");
  await button(page, "Bắt đầu").click();
  await onStep(page, 2, "Đăng nhập và đặt tên");
}

export const phoneButton = (page: Page) => button(page, "Chia sẻ số điện thoại");

/**
 * OAs administered by an emulated person, written straight into the test database. In
 * AUTH_MODE=zalo nothing is seeded and the app has no way yet to learn which OAs a person
 * administers; issue 16 (OA grants: Zalo's OA authorization and GET /v2.0/oa/getoa) replaces this.
 * The person's row comes first (oa_admins refers to it); signing in fills in the rest.
 */
export async function seedOasOf(
  db: Db,
  person: PersonKey,
  list: { id: string; name: string; verified?: boolean; followers?: number }[],
): Promise<void> {
  const { id, name, avatar } = ZALO_PEOPLE[person];
  await db.insert(people).values({ zaloId: id, name, avatar }).onConflictDoNothing();
  await db.insert(oas).values(
    list.map((oa) => ({
      id: oa.id,
      name: oa.name,
      verified: oa.verified ?? true,
      category: "Bán lẻ",
      followers: oa.followers ?? 1200,
      // OA logos come from Zalo's avatar CDN, which the emulator answers.
      avatar: `https://s160-ava-talk.zadn.vn/emulated/${oa.id}.svg`,
    })),
  );
  await db.insert(oaAdmins).values(list.map((oa) => ({ oaId: oa.id, zaloId: id })));
}

/**
 * A ZCA whose Super Admin is an emulated person, written straight into the test database (the
 * create flow has its own suite): it opens on the ZCA's home when the person signs in.
 */
export async function seedZcaOf(
  db: Db,
  person: PersonKey,
  account: { id: string; name: string },
): Promise<void> {
  const { id, name, avatar, phone } = ZALO_PEOPLE[person];
  await db.insert(people).values({ zaloId: id, name, avatar }).onConflictDoNothing();
  await db.insert(accounts).values({
    ...account,
    superAdminId: id,
    superAdminPhone: `+${phone}`,
    termsVersion: "2022-06-01",
    termsAcceptedAt: new Date(),
  });
}

/**
 * The zmp-sdk APIs the app itself loaded (src/platform/sdk.ts, its lazy chunk in the build), for
 * tests that call them directly: `await import(sdkUrl)` in the page gives the same instance.
 */
export const sdkUrl = (() => {
  const chunk = readdirSync(`${ZALO_WWW}/assets`).find((f) => /^sdk\.[\w-]+\.module\.js$/.test(f));
  return `https://${MP_HOST}${MP_PATH}/${APP_ID}/assets/${chunk}`;
})();

/** Resolves with what an SDK call did: its value, or the error the app would catch. */
export type Settled = { ok: true; value: unknown } | { ok: false; code: unknown; message: unknown };
