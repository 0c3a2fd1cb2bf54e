import { SEED_ACCOUNT_BUSINESS } from "../../../server/seed/directory";
import type { Business } from "../../../src/domain/business";
import type { Account, LinkedOa, Oa } from "../../../src/domain/types";
import { useAccounts } from "../../../src/store/accounts";
import { useAdminRequest } from "../../../src/store/admin-request";
import { useBusinessEdit } from "../../../src/features/account/store";
import { useAssets } from "../../../src/features/assets/store";
import { useLocale } from "../../../src/i18n/locale";
import { useApps } from "../../../src/store/apps";
import { useOas } from "../../../src/store/oas";
import { useSession } from "../../../src/store/session";
import { fakeApi, pageOf } from "./fake-api";

export const binh = { id: "binh", name: "Trần Thị Bình", avatar: "" };

export const spaLink: LinkedOa = {
  id: "oa-binh-minh",
  name: "Bình Minh Spa",
  avatar: "",
  verified: true,
  category: "Làm đẹp",
  followers: 8920,
  linkedBy: binh,
  linkedAt: "2024-03-12T09:31:00.000Z",
};

/** Bình's business as the API answers it: the seeded details. */
const { accountId: _id, updatedBy: _by, updatedAt: _at, ...seeded } = SEED_ACCOUNT_BUSINESS[0]!;
export const binhBusiness: Business = seeded;

export function binhAccount(oas: LinkedOa[] = [spaLink]): Account {
  return {
    id: "zca-binh-minh",
    name: "Cong ty TNHH Binh Minh",
    role: "super_admin",
    balance: 1_250_000,
    superAdmin: binh,
    termsVersion: "2022-06-01",
    termsAcceptedAt: "2024-03-12T09:30:00.000Z",
    createdAt: "2024-03-12T09:30:00.000Z",
    oas,
    apps: [
      {
        id: "1864203957731480522",
        name: "Bình Minh Đặt lịch",
        linkedAccountId: "zca-binh-minh",
        declaredBy: null,
      },
    ],
    business: binhBusiness,
    businessTaxCodeLocked: false,
  };
}

export function oa(id: string, name: string, extra: Partial<Oa> = {}): Oa {
  return {
    id,
    name,
    avatar: "",
    verified: true,
    category: "Làm đẹp",
    followers: 100,
    linkedAccountId: null,
    zaloLinkedAccount: null,
    reauthorize: false,
    linkable: true,
    ...extra,
  };
}

/** Bình's OAs as GET /api/oas lists them: one linked to her ZCA, one free, one unverified. */
export const binhOas: Oa[] = [
  oa("oa-binh-nail", "Bình Minh Nail", { followers: 2175 }),
  oa("oa-binh-minh", "Bình Minh Spa", {
    linkedAccountId: "zca-binh-minh",
    linkable: false,
    reason: "oa_linked_elsewhere",
  }),
  oa("oa-binh-academy", "Học viện Bình Minh", {
    verified: false,
    category: "Giáo dục",
    linkable: false,
    reason: "oa_not_verified",
  }),
];

export function nailLink(): LinkedOa {
  const {
    linkedAccountId: _a,
    linkable: _l,
    reason: _r,
    zaloLinkedAccount: _z,
    reauthorize: _re,
    ...fields
  } = binhOas[0]!;
  return { ...fields, linkedBy: binh, linkedAt: "2025-01-02T03:04:05.000Z" };
}

export function resetStores() {
  useAssets.setState(useAssets.getInitialState(), true);
  useBusinessEdit.setState(useBusinessEdit.getInitialState(), true);
  useAdminRequest.setState(useAdminRequest.getInitialState(), true);
  useAccounts.getState().clear();
  useOas.getState().clear();
  useApps.getState().clear();
  useLocale.setState({ lang: "vi" });
  useSession.setState(
    {
      ...useSession.getInitialState(),
      status: "signed-in",
      me: {
        user: binh,
        phone: "•••••••002",
        ownPhone: "+84901000002",
        accounts: [],
        canCreateAccount: false,
      },
    },
    true,
  );
}

/** The API as Bình sees it, with her ZCA and OAs; `routes` adds or overrides handlers. */
export function binhApi(
  routes: Parameters<typeof fakeApi>[0] = {},
  { account = binhAccount(), oas = binhOas }: { account?: Account; oas?: Oa[] } = {},
) {
  return fakeApi({
    "GET /accounts/zca-binh-minh": () => ({ body: account }),
    "GET /oas": (r) => ({ body: pageOf(oas, r.query) }),
    ...routes,
  });
}

export const apiError = (status: number, code: string) => ({
  status,
  body: { error: { code, message: code } },
});
