import { parseVietnamMobile } from "./phone";
import { validateTaxCode, type TaxCodeProblem } from "./tax-code";
import { validateText, type TextProblem } from "./text";

/**
 * The business behind a ZCA, asked at creation by today's rules. Zalo checks it against the
 * national business registry later, and a mismatch pauses the account.
 */
export interface Business {
  /** The registered name, diacritics and all: "Công ty TNHH Cà phê Sáng". */
  companyName: string;
  /** "0312687878", or "0312687878-001" for a branch. */
  taxCode: string;
  address: string;
  /** The legal representative (người đại diện theo pháp luật). */
  representative: string;
  /** A Vietnamese mobile number in E.164: "+84901000001". */
  phone: string;
  email: string;
}

export const BUSINESS_FIELDS = [
  "companyName",
  "taxCode",
  "address",
  "representative",
  "phone",
  "email",
] as const;
export type BusinessField = (typeof BUSINESS_FIELDS)[number];

/** What a person has typed into each field, before the rules tidy it. */
export type BusinessInput = Record<BusinessField, string>;

export const EMPTY_BUSINESS: BusinessInput = {
  companyName: "",
  taxCode: "",
  address: "",
  representative: "",
  phone: "",
  email: "",
};

export type EmailProblem = "required" | "too_long" | "format";

/** The problems each field can have. */
export interface BusinessProblem {
  companyName: TextProblem;
  taxCode: TaxCodeProblem;
  address: TextProblem;
  representative: TextProblem;
  phone: "required" | "format";
  email: EmailProblem;
}

export type BusinessProblems = { [F in BusinessField]?: BusinessProblem[F] };

export const BUSINESS_LENGTHS = {
  companyName: { min: 2, max: 200 },
  address: { min: 5, max: 300 },
  representative: { min: 2, max: 100 },
  email: { max: 254 },
} as const;

type FieldResult<F extends BusinessField> =
  | { ok: true; value: string }
  | { ok: false; problem: BusinessProblem[F] };

// The address as businesses write it: no spaces, one @, a domain of labels with a letter TLD.
const EMAIL = /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

function validateEmail(input: string): FieldResult<"email"> {
  const value = input.trim();
  if (value === "") return { ok: false, problem: "required" };
  if (value.length > BUSINESS_LENGTHS.email.max) return { ok: false, problem: "too_long" };
  if (!EMAIL.test(value)) return { ok: false, problem: "format" };
  const at = value.lastIndexOf("@");
  return { ok: true, value: value.slice(0, at + 1) + value.slice(at + 1).toLowerCase() };
}

function validatePhone(input: string): FieldResult<"phone"> {
  const phone = parseVietnamMobile(input);
  return phone.ok ? { ok: true, value: phone.e164 } : phone;
}

const text =
  (field: "companyName" | "address" | "representative") =>
  (input: string): FieldResult<typeof field> =>
    validateText(input, BUSINESS_LENGTHS[field].min, BUSINESS_LENGTHS[field].max);

const RULES: { [F in BusinessField]: (input: string) => FieldResult<F> } = {
  companyName: text("companyName"),
  taxCode: validateTaxCode,
  address: text("address"),
  representative: text("representative"),
  phone: validatePhone,
  email: validateEmail,
};

/** One field's rule: its stored form, or what is wrong with it. */
export function validateBusinessField<F extends BusinessField>(field: F, input: string): FieldResult<F> {
  return RULES[field](input);
}

export type BusinessResult = { ok: true; value: Business } | { ok: false; problems: BusinessProblems };

/** Every field's rule, shared by the name step, Settings and the server. */
export function validateBusiness(input: BusinessInput): BusinessResult {
  const value: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const field of BUSINESS_FIELDS) {
    const result = validateBusinessField(field, input[field]);
    if (result.ok) value[field] = result.value;
    else problems[field] = result.problem;
  }
  return Object.keys(problems).length > 0
    ? { ok: false, problems: problems as BusinessProblems }
    : { ok: true, value: value as unknown as Business };
}
