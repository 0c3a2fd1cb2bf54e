import { z } from "zod";
import { validateAccountName } from "./account-name";
import { APP_ID_PATTERN, validateAppId } from "./app-id";
import { BUSINESS_FIELDS, validateBusiness, validateBusinessField, type BusinessField } from "./business";
import { MEMBER_ROLES } from "./permissions";
import { TOPUP_METHODS, topupAmountProblem } from "./money";
import { BUYER_LENGTH } from "./invoice";
import { DEV_PERSONAS } from "./personas";
import { validateText } from "./text";
import { parseVietnamMobile } from "./phone";

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

// Zalo's tokens are printable ASCII; they travel on to the Graph API as HTTP header values,
// where anything else (a newline, a Vietnamese letter) cannot go.
const zaloToken = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[\x21-\x7e]+$/, "Expected a Zalo token (printable ASCII).");

export const sessionRequestSchema = z.union([
  z.strictObject({ accessToken: zaloToken, phoneToken: zaloToken.optional() }),
  z.strictObject({ devPersona: z.enum(DEV_PERSONAS) }),
]);
export type SessionRequest = z.infer<typeof sessionRequestSchema>;

export const accountNameSchema = z
  .string()
  .max(1000)
  .transform((value, ctx) => {
    const result = validateAccountName(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.problem });
    return z.NEVER;
  });

const businessText = z.string().max(1000);

/** The business's details: each field's problem is reported at its own path ("taxCode"). */
export const businessSchema = z
  .strictObject(
    Object.fromEntries(BUSINESS_FIELDS.map((field) => [field, businessText])) as Record<
      BusinessField,
      typeof businessText
    >,
  )
  .transform((input, ctx) => {
    const result = validateBusiness(input);
    if (result.ok) return result.value;
    for (const [field, problem] of Object.entries(result.problems)) {
      ctx.addIssue({ code: "custom", message: problem, path: [field] });
    }
    return z.NEVER;
  });
export type BusinessRequest = z.input<typeof businessSchema>;

/** PATCH /api/accounts/:id/business: every field again; the ZCA's name can never change. */
export const businessUpdateSchema = z
  .unknown()
  .superRefine((body, ctx) => {
    if (typeof body === "object" && body !== null && Object.hasOwn(body, "name")) {
      ctx.addIssue({ code: "custom", message: "not_editable", path: ["name"] });
    }
  })
  .pipe(businessSchema);

/** An app the person administers, by the App ID the app was given: Zalo's, digits only. */
const appId = z.string().regex(APP_ID_PATTERN, "Expected an App ID (digits only).");

/** An App ID the person declares (Zalo's numeric id), as validateAppId keeps it. */
export const declaredAppIdSchema = z
  .string()
  .max(100)
  .transform((value, ctx) => {
    const result = validateAppId(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.problem });
    return z.NEVER;
  });

export const appChoiceSchema = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("create") }),
  z.strictObject({ mode: z.literal("connect"), appId }),
  // An app no public Zalo API can show us: the person says it is theirs, and we record that they said so.
  z.strictObject({ mode: z.literal("declare"), appId: declaredAppIdSchema }),
  z.strictObject({ mode: z.literal("skip") }),
]);
export type AppChoice = z.input<typeof appChoiceSchema>;

export const createAccountSchema = z.strictObject({
  name: accountNameSchema,
  oaId: id,
  app: appChoiceSchema,
  termsVersion: z.string().min(1).max(64),
  business: businessSchema,
});
export type CreateAccountRequest = z.input<typeof createAccountSchema>;

export const linkOaSchema = z.strictObject({ oaId: id });

/** Link an app the person administers, declare one by its App ID, or create one named after the ZCA. */
export const linkAppSchema = z.union([
  z.strictObject({ appId }),
  z.strictObject({ declaredAppId: declaredAppIdSchema }),
  z.strictObject({ create: z.literal(true) }),
]);
export type LinkAppRequest = z.input<typeof linkAppSchema>;

/** A Vietnamese mobile number in any common form, as E.164. */
export const vietnamMobileSchema = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const result = parseVietnamMobile(value);
    if (result.ok) return result.e164;
    ctx.addIssue({ code: "custom", message: result.problem });
    return z.NEVER;
  });

export const memberRoleSchema = z.enum(MEMBER_ROLES);

export const addMemberSchema = z.strictObject({ phone: vietnamMobileSchema, role: memberRoleSchema });
export type AddMemberRequest = z.input<typeof addMemberSchema>;

export const changeRoleSchema = z.strictObject({ role: memberRoleSchema });

export const idSchema = id;

export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);

export const topupRequestSchema = z
  .strictObject({
    amount: z.number(),
    method: z.enum(TOPUP_METHODS),
    invoice: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    const problem = topupAmountProblem(body.amount, body.method);
    if (problem) ctx.addIssue({ code: "custom", path: ["amount"], message: problem });
  });
export type TopupRequest = z.input<typeof topupRequestSchema>;

/**
 * Zalo Checkout's order id for a top-up, as createOrder answered it in the app: 1–64 letters,
 * digits, "-", "_", "." or ":" (it goes into a MAC string and a URL, so nothing else).
 */
export const checkoutOrderIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "An order id is 1-64 letters, digits, - _ . or :.");
export const checkoutOrderReportSchema = z.strictObject({ orderId: checkoutOrderIdSchema });
/** "Checkout's sheet closed": nothing to say, the server asks Checkout. */
export const checkoutClosedSchema = z.strictObject({});

/** One of the business's fields by its own rule (the invoice asks several of them again). */
const businessField = (field: BusinessField) =>
  businessText.transform((input, ctx) => {
    const result = validateBusinessField(field, input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.problem });
    return z.NEVER;
  });

export const invoiceInfoSchema = z.strictObject({
  companyName: businessField("companyName"),
  taxCode: businessField("taxCode"),
  address: businessField("address"),
  buyer: z
    .string()
    .max(1000)
    .transform((input, ctx) => {
      const result = validateText(input, BUYER_LENGTH.min, BUYER_LENGTH.max);
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: result.problem });
      return z.NEVER;
    }),
  phone: businessField("phone"),
  email: businessField("email"),
});

/**
 * POST /api/accounts/:id/invoices/:invoiceId/replacement: the two things Zalo corrects on an
 * issued invoice (Decree 70/2025, by a replacement invoice); the tax code never changes.
 */
export const invoiceReplacementSchema = z.strictObject({
  companyName: businessField("companyName"),
  address: businessField("address"),
});
export type InvoiceReplacement = z.infer<typeof invoiceReplacementSchema>;

/** POST /api/accounts/:id/tax-code-confirmation: the tax code the person saw and confirmed. */
export const taxCodeConfirmationSchema = z.strictObject({ taxCode: businessField("taxCode") });
