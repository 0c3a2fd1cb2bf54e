import type { BusinessField, BusinessProblem } from "../domain/business";
import { translations } from "./locale";

type Sentences = { [F in BusinessField]: Record<BusinessProblem[F], string> };

/** The business's details: what each field asks, and what is wrong with it. Create flow and Settings. */
export const businessStrings = translations({
  vi: {
    title: "Thông tin doanh nghiệp",
    why: "Zalo đối chiếu các thông tin này với đăng ký kinh doanh. Thông tin không khớp có thể khiến tài khoản bị tạm dừng.",
    labels: {
      companyName: "Tên công ty",
      taxCode: "Mã số thuế",
      address: "Địa chỉ công ty",
      representative: "Người đại diện theo pháp luật",
      phone: "Số điện thoại liên hệ",
      email: "Email liên hệ",
    } satisfies Record<BusinessField, string>,
    hints: {
      companyName: "Ghi đúng như trên giấy đăng ký kinh doanh, có dấu.",
      taxCode: "10 chữ số; chi nhánh thêm 3 chữ số, ví dụ 0312687878-001.",
      address: "Địa chỉ trụ sở theo đăng ký kinh doanh.",
      representative: "Họ tên như trên giấy đăng ký kinh doanh.",
      phone: "Số di động Việt Nam.",
      email: "Zalo gửi thông báo về tài khoản tới email này.",
    } satisfies Record<BusinessField, string>,
    problems: {
      companyName: {
        required: "Hãy nhập tên công ty như trên giấy đăng ký kinh doanh.",
        too_short: "Tên công ty cần ít nhất 2 ký tự.",
        too_long: "Tên công ty dài tối đa 200 ký tự.",
        bad_characters: "Tên công ty có ký tự không dùng được (< > { } ` \\ hoặc ký tự ẩn). Hãy xóa chúng.",
      },
      taxCode: {
        required: "Hãy nhập mã số thuế của doanh nghiệp.",
        format:
          "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số nếu là chi nhánh, ví dụ 0312687878-001.",
        checksum:
          "Chữ số kiểm tra không khớp — hãy xem lại mã số thuế trên giấy chứng nhận đăng ký doanh nghiệp.",
      },
      address: {
        required: "Hãy nhập địa chỉ trụ sở của công ty.",
        too_short: "Địa chỉ cần ít nhất 5 ký tự. Hãy ghi đủ số nhà, đường, phường/xã, tỉnh/thành phố.",
        too_long: "Địa chỉ dài tối đa 300 ký tự.",
        bad_characters: "Địa chỉ có ký tự không dùng được (< > { } ` \\ hoặc ký tự ẩn). Hãy xóa chúng.",
      },
      representative: {
        required: "Hãy nhập họ tên người đại diện theo pháp luật.",
        too_short: "Họ tên cần ít nhất 2 ký tự.",
        too_long: "Họ tên dài tối đa 100 ký tự.",
        bad_characters: "Họ tên có ký tự không dùng được (< > { } ` \\ hoặc ký tự ẩn). Hãy xóa chúng.",
      },
      phone: {
        required: "Hãy nhập số điện thoại liên hệ.",
        format: "Số điện thoại chưa đúng. Hãy nhập số di động Việt Nam, ví dụ 0901 234 567.",
      },
      email: {
        required: "Hãy nhập email liên hệ.",
        too_long: "Email dài tối đa 254 ký tự.",
        format: "Email chưa đúng. Hãy nhập dạng ten@congty.vn.",
      },
    } satisfies Sentences,
    /** A refusal the server named in words the app does not know (a newer rule). */
    invalid: "Thông tin này chưa hợp lệ. Hãy kiểm tra lại.",
  },
  en: {
    title: "Business details",
    why: "Zalo checks these details against the business registration. Details that do not match can get the account paused.",
    labels: {
      companyName: "Company name",
      taxCode: "Tax code",
      address: "Company address",
      representative: "Legal representative",
      phone: "Contact phone",
      email: "Contact email",
    },
    hints: {
      companyName: "Exactly as on the business registration certificate, with diacritics.",
      taxCode: "10 digits; a branch adds 3 digits, for example 0312687878-001.",
      address: "The head office address on the business registration.",
      representative: "Full name as on the business registration.",
      phone: "A Vietnamese mobile number.",
      email: "Zalo sends notices about the account to this email.",
    },
    problems: {
      companyName: {
        required: "Enter the company name as on the business registration certificate.",
        too_short: "The company name needs at least 2 characters.",
        too_long: "The company name can be at most 200 characters.",
        bad_characters:
          "The company name has characters that cannot be used (< > { } ` \\ or hidden ones). Remove them.",
      },
      taxCode: {
        required: "Enter the business's tax code.",
        format:
          "A tax code has 10 digits, or 10 digits, a hyphen and 3 digits for a branch, for example 0312687878-001.",
        checksum:
          "The check digit does not match — check the tax code on the business registration certificate.",
      },
      address: {
        required: "Enter the company's head office address.",
        too_short:
          "The address needs at least 5 characters. Give the number, street, ward and province or city.",
        too_long: "The address can be at most 300 characters.",
        bad_characters:
          "The address has characters that cannot be used (< > { } ` \\ or hidden ones). Remove them.",
      },
      representative: {
        required: "Enter the full name of the legal representative.",
        too_short: "The representative's name needs at least 2 characters.",
        too_long: "The representative's name can be at most 100 characters.",
        bad_characters:
          "The representative's name has characters that cannot be used (< > { } ` \\ or hidden ones). Remove them.",
      },
      phone: {
        required: "Enter a contact phone number.",
        format: "This phone number is not right. Enter a Vietnamese mobile number, for example 0901 234 567.",
      },
      email: {
        required: "Enter a contact email.",
        too_long: "The email can be at most 254 characters.",
        format: "This email is not right. Enter it as name@company.vn.",
      },
    },
    invalid: "This is not valid. Check it again.",
  },
});

export type BusinessStrings = (typeof businessStrings)["vi"];

/** The sentence for what a rule or the server said of one field. */
export function businessProblemSentence(t: BusinessStrings, field: BusinessField, problem: string): string {
  return (t.problems[field] as Record<string, string>)[problem] ?? t.invalid;
}
