import { AN_BUSINESS } from "../../support/businesses";
import type { Account, App, Me, Oa, Terms } from "../../../src/domain/types";
import { useAccounts } from "../../../src/store/accounts";
import { useAdminRequest } from "../../../src/store/admin-request";
import { useApps } from "../../../src/store/apps";
import { useOaGrant } from "../../../src/store/oa-grant";
import { useOas } from "../../../src/store/oas";
import { DRAFT_STORAGE_KEY, DRAFT_VERSION, useOnboarding } from "../../../src/features/onboarding/store";
import { EMPTY_DRAFT, type Draft } from "../../../src/features/onboarding/draft";
import { useLocale } from "../../../src/i18n/locale";
import { useSession } from "../../../src/store/session";
import { fakeApi, pageOf } from "./fake-api";

export const an = { id: "an", name: "Nguyễn Văn An", avatar: "" };

export function meOf(extra: Partial<Me> = {}): Me {
  return {
    user: an,
    phone: "•••••••001",
    ownPhone: "+84901000001",
    accounts: [],
    canCreateAccount: true,
    ...extra,
  };
}

function oa(id: string, name: string, extra: Partial<Oa> = {}): Oa {
  return {
    id,
    name,
    avatar: "",
    verified: true,
    category: "Ẩm thực",
    followers: 12840,
    linkedAccountId: null,
    zaloLinkedAccount: null,
    reauthorize: false,
    linkable: true,
    ...extra,
  };
}

/** An's OAs as GET /api/oas lists them: two verified and free, one unverified. */
export const anOas: Oa[] = [
  oa("oa-an-studio", "An Nhiên Studio", {
    verified: false,
    category: "Nhiếp ảnh",
    followers: 410,
    linkable: false,
    reason: "oa_not_verified",
  }),
  oa("oa-sang-coffee", "Cà phê Sáng", { followers: 3560 }),
  oa("oa-an-nhien", "Tiệm bánh An Nhiên"),
];

/** The same list after Dũng linked Tiệm bánh An Nhiên to his ZCA. */
export const anOasAfterDung: Oa[] = anOas.map((o) =>
  o.id === "oa-an-nhien"
    ? { ...o, linkedAccountId: "zca-dung", linkable: false, reason: "oa_linked_elsewhere" }
    : o,
);

export const anApps: App[] = [
  { id: "4318245679358126481", name: "An Nhiên POS", linkedAccountId: null, declaredBy: null },
];

export const terms: Terms = {
  version: "2022-06-01",
  title: "Điều khoản & quy định sử dụng Zalo Cloud Account",
  body: "1. ZCA dùng để thanh toán.\n\n2. ZCA không dùng để thanh toán quảng cáo Zalo Ads hay Zalo Shop.",
};

export function createdAccount(): Account {
  return {
    id: "zca-new",
    name: "Tiem banh An Nhien",
    role: "super_admin",
    balance: 0,
    superAdmin: an,
    termsVersion: terms.version,
    termsAcceptedAt: "2025-01-02T03:04:05.000Z",
    createdAt: "2025-01-02T03:04:05.000Z",
    oas: [
      {
        id: "oa-an-nhien",
        name: "Tiệm bánh An Nhiên",
        avatar: "",
        verified: true,
        category: "Ẩm thực",
        followers: 12840,
        linkedBy: an,
        linkedAt: "2025-01-02T03:04:05.000Z",
      },
    ],
    apps: [],
    business: { ...AN_BUSINESS, phone: "+84901000001" },
    businessTaxCodeLocked: false,
  };
}

/** A draft as a previous visit would have left it on the device: step 2's details filled unless given. */
export function saveDraft(draft: Partial<Draft>, personId = "an", version = DRAFT_VERSION) {
  localStorage.setItem(
    `${DRAFT_STORAGE_KEY}.${personId}`,
    JSON.stringify({ state: { ...EMPTY_DRAFT, business: AN_BUSINESS, ...draft }, version }),
  );
}

export function savedDraft(personId = "an"): { state: Draft; version: number } | null {
  const raw = localStorage.getItem(`${DRAFT_STORAGE_KEY}.${personId}`);
  return raw ? JSON.parse(raw) : null;
}

/** Every store back to its first state, An signed in, and nothing on the device. */
export function resetCreateStores(me: Me = meOf()) {
  useOnboarding.setState(useOnboarding.getInitialState(), true);
  useOas.getState().clear();
  useOaGrant.getState().stop();
  useApps.getState().clear();
  useAdminRequest.setState(useAdminRequest.getInitialState(), true);
  useAccounts.getState().clear();
  useLocale.setState({ lang: "vi" });
  useSession.setState({ ...useSession.getInitialState(), status: "signed-in", devMode: true, me }, true);
  localStorage.clear();
}

type Routes = Parameters<typeof fakeApi>[0];

/** The API as An sees it; `overrides` replaces single routes. */
export function anApi(overrides: Routes = {}) {
  return fakeApi({
    "GET /oas": (r) => ({ body: pageOf(anOas, r.query) }),
    "GET /apps": (r) => ({ body: pageOf(anApps, r.query) }),
    "GET /terms": () => ({ body: terms }),
    "GET /me": () => ({
      body: meOf({
        accounts: [{ id: "zca-new", name: "Tiem banh An Nhien", role: "super_admin" }],
        canCreateAccount: false,
        reason: "phone_owns_account",
      }),
    }),
    "POST /accounts": () => ({ status: 201, body: createdAccount() }),
    "GET /accounts/zca-new": () => ({ body: createdAccount() }),
    ...overrides,
  });
}
