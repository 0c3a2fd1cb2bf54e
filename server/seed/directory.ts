/** The demo directory for the embedded default and the tests (stable ids; see README, "Seeded people"). */
export const SEED_PEOPLE = [
  { id: "an", name: "Nguyễn Văn An", phone: "+84901000001", createdAt: "2023-11-20T01:00:00Z" },
  { id: "binh", name: "Trần Thị Bình", phone: "+84901000002", createdAt: "2024-03-12T09:00:00Z" },
  { id: "chau", name: "Lê Minh Châu", phone: "+84901000003", createdAt: "2024-08-02T03:00:00Z" },
  { id: "dung", name: "Phạm Văn Dũng", phone: "+84901000004", createdAt: "2024-10-15T07:00:00Z" },
  { id: "em", name: "Đỗ Thị Em", phone: "+84901000005", createdAt: "2024-04-01T02:00:00Z" },
  { id: "giang", name: "Vũ Hoàng Giang", phone: "+84901000006", createdAt: "2024-05-18T08:00:00Z" },
].map((person) => ({
  ...person,
  avatar: `/avatars/${person.id}.png`,
  createdAt: new Date(person.createdAt),
}));

export const SEED_OAS = [
  { id: "oa-an-nhien", name: "Tiệm bánh An Nhiên", verified: true, category: "Ẩm thực", followers: 12840 },
  { id: "oa-sang-coffee", name: "Cà phê Sáng", verified: true, category: "Ẩm thực", followers: 3560 },
  { id: "oa-an-studio", name: "An Nhiên Studio", verified: false, category: "Nhiếp ảnh", followers: 410 },
  { id: "oa-binh-minh", name: "Bình Minh Spa", verified: true, category: "Làm đẹp", followers: 8920 },
  { id: "oa-binh-nail", name: "Bình Minh Nail", verified: true, category: "Làm đẹp", followers: 2175 },
  { id: "oa-binh-academy", name: "Học viện Bình Minh", verified: false, category: "Giáo dục", followers: 96 },
].map((oa) => ({ ...oa, avatar: `/avatars/${oa.id}.png` }));

export const SEED_OA_ADMINS = [
  { oaId: "oa-an-nhien", personId: "an" },
  { oaId: "oa-an-nhien", personId: "dung" },
  { oaId: "oa-sang-coffee", personId: "an" },
  { oaId: "oa-an-studio", personId: "an" },
  { oaId: "oa-binh-minh", personId: "binh" },
  { oaId: "oa-binh-nail", personId: "binh" },
  { oaId: "oa-binh-nail", personId: "giang" },
  { oaId: "oa-binh-academy", personId: "binh" },
];

export const SEED_APPS = [
  { id: "4318245679358126481", name: "An Nhiên POS", createdAt: new Date("2023-11-20T02:00:00Z") },
  { id: "1864203957731480522", name: "Bình Minh Đặt lịch", createdAt: new Date("2024-03-12T09:32:00Z") },
  {
    id: "2957316048827193064",
    name: "Bình Minh Chăm sóc khách hàng",
    createdAt: new Date("2024-09-05T04:00:00Z"),
  },
];

export const SEED_APP_ADMINS = [
  { appId: "4318245679358126481", personId: "an" },
  { appId: "1864203957731480522", personId: "binh" },
  { appId: "2957316048827193064", personId: "binh" },
];

export const SEED_ACCOUNTS = [
  {
    id: "zca-binh-minh",
    name: "Cong ty TNHH Binh Minh",
    superAdminPhone: "+84901000002",
    superAdminId: "binh",
    termsVersion: "2022-06-01",
    termsAcceptedAt: new Date("2024-03-12T09:30:00Z"),
    createdAt: new Date("2024-03-12T09:30:00Z"),
    balance: 1_250_000,
  },
];

export const SEED_ACCOUNT_OAS = [
  {
    oaId: "oa-binh-minh",
    accountId: "zca-binh-minh",
    linkedBy: "binh",
    linkedAt: new Date("2024-03-12T09:31:00Z"),
  },
];

// A valid tax code (its check digit holds) in a range not yet issued, so it is no real company's.
export const SEED_ACCOUNT_BUSINESS = [
  {
    accountId: "zca-binh-minh",
    companyName: "Công ty TNHH Bình Minh",
    taxCode: "0399123457",
    address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
    representative: "Trần Thị Bình",
    phone: "+84901000002",
    email: "lienhe@binhminh.example",
    updatedBy: "binh",
    updatedAt: new Date("2024-03-12T09:30:00Z"),
  },
];

export const SEED_ACCOUNT_APPS = [{ appId: "1864203957731480522", accountId: "zca-binh-minh" }];

export const SEED_ACCOUNT_MEMBERS = [
  {
    accountId: "zca-binh-minh",
    personId: "binh",
    role: "super_admin" as const,
    addedBy: "binh",
    addedAt: new Date("2024-03-12T09:30:00Z"),
  },
  {
    accountId: "zca-binh-minh",
    personId: "em",
    role: "finance" as const,
    addedBy: "binh",
    addedAt: new Date("2024-04-02T03:15:00Z"),
  },
  {
    accountId: "zca-binh-minh",
    personId: "giang",
    role: "editor" as const,
    addedBy: "binh",
    addedAt: new Date("2024-05-20T07:40:00Z"),
  },
];

/**
 * The OAs Zalo itself knows in dev mode (the local stand-in for Zalo's OA authorization): the
 * seeded ones with their admins, and OAs our database has not met yet, which a person adds with
 * "Thêm OA từ Zalo".
 */
export const ZALO_OAS = [
  ...SEED_OAS.map((oa) => ({
    ...oa,
    admins: SEED_OA_ADMINS.filter((a) => a.oaId === oa.id).map((a) => a.personId),
  })),
  {
    id: "oa-chau-flowers",
    name: "Hoa tươi Minh Châu",
    verified: true,
    category: "Mua sắm",
    followers: 5230,
    admins: ["chau"],
  },
  {
    id: "oa-an-banhmi",
    name: "Bánh mì An Nhiên",
    verified: true,
    category: "Ẩm thực",
    followers: 1890,
    admins: ["an", "dung"],
  },
  {
    id: "oa-binh-hair",
    name: "Bình Minh Hair Salon",
    verified: true,
    category: "Làm đẹp",
    followers: 3120,
    admins: ["binh"],
    linkedAccount: "zca-outside-4471",
  },
  {
    id: "oa-dung-garage",
    name: "Garage Dũng Phát",
    verified: false,
    category: "Dịch vụ",
    followers: 240,
    admins: ["dung"],
  },
];

/** Bình's ZCA's own transfer account number (the check digit included). */
export const SEED_TRANSFER_ACCOUNTS = [{ accountId: "zca-binh-minh", accountNumber: "960000000013" }];

/**
 * Bình's ZCA's money since it was made: top-ups, its OA's yearly package, ZNS and proactive
 * messages. Each entry's balance follows from the one before; the last is the ZCA's balance.
 */
export const SEED_LEDGER = (() => {
  const entries: {
    at: string;
    kind: "topup" | "spend";
    amount: number;
    description: string;
    method?: "checkout" | "bank_transfer";
    provider?: "zalo_checkout" | "bank";
    reference?: string;
    oaId?: string;
    appId?: string;
    invoice?: boolean;
  }[] = [
    {
      at: "2024-03-12T10:00:00Z",
      kind: "topup",
      amount: 3_000_000,
      description: "topup_checkout",
      method: "checkout",
      provider: "zalo_checkout",
      reference: "seed-zlp-240312-01",
    },
    {
      at: "2024-03-12T10:05:00Z",
      kind: "spend",
      amount: -1_200_000,
      description: "oa_package",
      oaId: "oa-binh-minh",
    },
    {
      at: "2025-03-12T08:00:00Z",
      kind: "spend",
      amount: -1_200_000,
      description: "oa_package",
      oaId: "oa-binh-minh",
    },
    {
      at: "2025-03-20T03:30:00Z",
      kind: "topup",
      amount: 2_000_000,
      description: "topup_bank",
      method: "bank_transfer",
      provider: "bank",
      reference: "seed-vcb-250320-8812",
      invoice: true,
    },
    {
      at: "2026-06-15T09:00:00Z",
      kind: "spend",
      amount: -180_000,
      description: "zns",
      appId: "1864203957731480522",
    },
    {
      at: "2026-07-15T09:00:00Z",
      kind: "spend",
      amount: -210_000,
      description: "zns",
      appId: "1864203957731480522",
    },
    {
      at: "2026-08-14T09:00:00Z",
      kind: "spend",
      amount: -150_000,
      description: "proactive_message",
      oaId: "oa-binh-minh",
    },
    {
      at: "2026-09-15T09:00:00Z",
      kind: "spend",
      amount: -260_000,
      description: "zns",
      appId: "1864203957731480522",
    },
    {
      at: "2026-10-15T09:00:00Z",
      kind: "spend",
      amount: -240_000,
      description: "zns",
      appId: "1864203957731480522",
    },
    {
      at: "2026-11-14T09:00:00Z",
      kind: "spend",
      amount: -90_000,
      description: "proactive_message",
      oaId: "oa-binh-minh",
    },
    {
      at: "2026-11-20T09:00:00Z",
      kind: "spend",
      amount: -220_000,
      description: "zns",
      appId: "1864203957731480522",
    },
  ];
  let balance = 0;
  return entries.map(({ at, ...entry }) => {
    balance += entry.amount;
    return { ...entry, accountId: "zca-binh-minh", balanceAfter: balance, createdAt: new Date(at) };
  });
})();

export const SEED_INVOICE_INFO = [
  {
    accountId: "zca-binh-minh",
    companyName: "Công ty TNHH Bình Minh",
    taxCode: "0399123457",
    address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
    buyer: "Trần Thị Bình",
    phone: "+84901000002",
    email: "ketoan@binhminh.example.vn",
  },
];

/** Bình's ZCA warns under 1.500.000 đ, to Bình and Em (Finance); its 1.250.000 đ are under it already. */
export const SEED_NOTIFICATION_SETTINGS = [
  {
    accountId: "zca-binh-minh",
    kind: "lowBalance" as const,
    enabled: true,
    threshold: 1_500_000,
    recipients: ["binh", "em"],
    below: true,
  },
];
