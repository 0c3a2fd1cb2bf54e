/** The demo directory for the embedded default and the tests (stable ids; see DESIGN.md). */
export const SEED_PEOPLE = [
  { zaloId: "an", name: "Nguyễn Văn An", avatar: "/avatars/an.svg", phone: "0901000001" },
  { zaloId: "binh", name: "Trần Thị Bình", avatar: "/avatars/binh.svg", phone: "0901000002" },
  { zaloId: "chau", name: "Lê Minh Châu", avatar: "/avatars/chau.svg", phone: "0901000003" },
  { zaloId: "dung", name: "Phạm Văn Dũng", avatar: "/avatars/dung.svg", phone: "0901000004" },
];

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
  { oaId: "oa-binh-academy", zaloId: "binh" },
];

export const SEED_APPS = [
  { id: "app-an-pos", name: "An Nhiên POS", ownerId: "an" },
  { id: "app-binh-booking", name: "Bình Minh Đặt lịch", ownerId: "binh" },
];

export const SEED_ACCOUNTS = [
  {
    id: "zca-binh-minh",
    name: "Công ty TNHH Bình Minh",
    superAdminPhone: "0901000002",
    superAdminId: "binh",
    termsVersion: "2022-06-01",
    termsAcceptedAt: new Date("2024-03-12T09:30:00Z"),
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
