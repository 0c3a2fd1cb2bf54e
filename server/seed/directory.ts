/** The demo directory for the embedded default and the tests (stable ids; see README, "Seeded people"). */
export const SEED_PEOPLE = [
  { zaloId: "an", name: "Nguyễn Văn An", phone: "+84901000001", createdAt: "2023-11-20T01:00:00Z" },
  { zaloId: "binh", name: "Trần Thị Bình", phone: "+84901000002", createdAt: "2024-03-12T09:00:00Z" },
  { zaloId: "chau", name: "Lê Minh Châu", phone: "+84901000003", createdAt: "2024-08-02T03:00:00Z" },
  { zaloId: "dung", name: "Phạm Văn Dũng", phone: "+84901000004", createdAt: "2024-10-15T07:00:00Z" },
  { zaloId: "em", name: "Đỗ Thị Em", phone: "+84901000005", createdAt: "2024-04-01T02:00:00Z" },
  { zaloId: "giang", name: "Vũ Hoàng Giang", phone: "+84901000006", createdAt: "2024-05-18T08:00:00Z" },
].map((person) => ({
  ...person,
  avatar: `/avatars/${person.zaloId}.svg`,
  createdAt: new Date(person.createdAt),
}));

export const SEED_OAS = [
  { id: "oa-an-nhien", name: "Tiệm bánh An Nhiên", verified: true, category: "Ẩm thực", followers: 12840 },
  { id: "oa-sang-coffee", name: "Cà phê Sáng", verified: true, category: "Ẩm thực", followers: 3560 },
  { id: "oa-an-studio", name: "An Nhiên Studio", verified: false, category: "Nhiếp ảnh", followers: 410 },
  { id: "oa-binh-minh", name: "Bình Minh Spa", verified: true, category: "Làm đẹp", followers: 8920 },
  { id: "oa-binh-nail", name: "Bình Minh Nail", verified: true, category: "Làm đẹp", followers: 2175 },
  { id: "oa-binh-academy", name: "Học viện Bình Minh", verified: false, category: "Giáo dục", followers: 96 },
].map((oa) => ({ ...oa, avatar: `/avatars/${oa.id}.svg` }));

export const SEED_OA_ADMINS = [
  { oaId: "oa-an-nhien", zaloId: "an" },
  { oaId: "oa-an-nhien", zaloId: "dung" },
  { oaId: "oa-sang-coffee", zaloId: "an" },
  { oaId: "oa-an-studio", zaloId: "an" },
  { oaId: "oa-binh-minh", zaloId: "binh" },
  { oaId: "oa-binh-nail", zaloId: "binh" },
  { oaId: "oa-binh-nail", zaloId: "giang" },
  { oaId: "oa-binh-academy", zaloId: "binh" },
];

export const SEED_APPS = [
  { id: "app-an-pos", name: "An Nhiên POS", createdAt: new Date("2023-11-20T02:00:00Z") },
  { id: "app-binh-booking", name: "Bình Minh Đặt lịch", createdAt: new Date("2024-03-12T09:32:00Z") },
  { id: "app-binh-care", name: "Bình Minh Chăm sóc khách hàng", createdAt: new Date("2024-09-05T04:00:00Z") },
];

export const SEED_APP_ADMINS = [
  { appId: "app-an-pos", zaloId: "an" },
  { appId: "app-binh-booking", zaloId: "binh" },
  { appId: "app-binh-care", zaloId: "binh" },
];

export const SEED_ACCOUNTS = [
  {
    id: "zca-binh-minh",
    name: "Công ty TNHH Bình Minh",
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

export const SEED_ACCOUNT_APPS = [{ appId: "app-binh-booking", accountId: "zca-binh-minh" }];

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
