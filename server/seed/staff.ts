import type { StaffRole } from "../../src/domain/staff-permissions";

/** Dev mode's staff, as the console's staff table holds them (seeded by seedDirectory). */
export const SEED_STAFF: { id: string; email: string; name: string; role: StaffRole }[] = [
  { id: "staff-hoa", email: "hoa.support@zca.example", name: "Nguyễn Thu Hoa", role: "support" },
  { id: "staff-khang", email: "khang.finance@zca.example", name: "Lê Minh Khang", role: "finance_ops" },
  { id: "staff-lan", email: "lan.finance@zca.example", name: "Phạm Ngọc Lan", role: "finance_ops" },
  { id: "staff-quan", email: "quan.admin@zca.example", name: "Đỗ Anh Quân", role: "ops_admin" },
];

/**
 * The people dev mode's identity provider (server/dev/oidc-standin.ts) knows: the seeded staff,
 * and one it knows whom the console does not (refused at sign-in).
 */
export const DEV_IDP_PEOPLE = [
  ...SEED_STAFF.map(({ email, name }) => ({ sub: `idp-${email.split("@")[0]}`, email, name })),
  { sub: "idp-visitor", email: "khach@example.com", name: "Khách lạ" },
];
