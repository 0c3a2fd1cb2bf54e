import { z } from "zod";
import { validateAccountName } from "./account-name";
import { BUSINESS_FIELDS, validateBusiness, validateBusinessField, type BusinessField } from "./business";
import { TOPUP_METHODS, topupAmountProblem } from "./money";
import { DEV_PERSONAS } from "./personas";

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

export const appChoiceSchema = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("create") }),
  z.strictObject({ mode: z.literal("connect"), appId: id }),
  z.strictObject({ mode: z.literal("skip") }),
]);
export type AppChoice = z.infer<typeof appChoiceSchema>;

export const createAccountSchema = z.strictObject({
  name: accountNameSchema,
  oaId: id,
  app: appChoiceSchema,
  termsVersion: z.string().min(1).max(64),
  business: businessSchema,
});
export type CreateAccountRequest = z.input<typeof createAccountSchema>;

export const linkOaSchema = z.strictObject({ oaId: id });

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

/** Zalo Checkout's order id for a top-up, as createOrder answered it in the app. */
export const checkoutOrderReportSchema = z.strictObject({ orderId: z.string().trim().min(1).max(128) });

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

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
  buyer: text(2, 100),
  phone: businessField("phone"),
  email: businessField("email"),
});

export const alertSettingsSchema = z.strictObject({
  lowBalance: z.strictObject({
    enabled: z.boolean(),
    threshold: z.number().int().min(0).max(1_000_000_000_000),
  }),
});
