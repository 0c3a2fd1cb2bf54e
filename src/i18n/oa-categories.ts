import type { Lang } from "../domain/languages";

// Zalo names an OA's category in Vietnamese. The English names of the common ones; an English
// screen leaves out a category it cannot name rather than show it in Vietnamese.
const ENGLISH: Record<string, string> = {
  "Ẩm thực": "Food & drink",
  "Làm đẹp": "Beauty",
  "Giáo dục": "Education",
  "Nhiếp ảnh": "Photography",
  "Thời trang": "Fashion",
  "Du lịch": "Travel",
  "Sức khỏe": "Health",
  "Y tế": "Healthcare",
  "Bất động sản": "Real estate",
  "Tài chính": "Finance",
  "Ngân hàng": "Banking",
  "Bảo hiểm": "Insurance",
  "Công nghệ": "Technology",
  "Giải trí": "Entertainment",
  "Thể thao": "Sports",
  "Mua sắm": "Shopping",
  "Bán lẻ": "Retail",
  "Vận tải": "Transport",
  "Dịch vụ": "Services",
  "Cơ quan nhà nước": "Government",
};

/** An OA's category in `lang`, or null when it has no name in that language. */
export function oaCategory(category: string, lang: Lang): string | null {
  if (!category) return null;
  return lang === "vi" ? category : (ENGLISH[category] ?? null);
}
