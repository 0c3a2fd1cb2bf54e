import type { AmountTextProblem } from "../../domain/amount-text";
import type { TopupAmountProblem, TopupMethod } from "../../domain/money";
import type { InvoiceInfo, TopupStatus } from "../../domain/types";
import { LEDGER_WORDS } from "../../domain/ledger-words";
import { translations } from "../../i18n/locale";
import type { ReportFormat } from "../../domain/report-range";
import type { OpenFileOutcome, SaveFileOutcome, ShareFileOutcome } from "../../platform/file";
import type { SaveImageOutcome, ShareImageOutcome } from "../../platform/image";

type InvoiceField = keyof InvoiceInfo;

/** The wallet: top-up, transfer, result, history, spending and invoices. */
export const strings = translations({
  vi: {
    /** What is wrong with a typed amount, on every amount field. */
    amountText: {
      sign: "Số tiền không được có dấu trừ hay dấu cộng. Hãy chỉ nhập chữ số, ví dụ 50.000.",
      decimal: "Hãy nhập số đồng chẵn, không có phần thập phân, ví dụ 50.000.",
      grouping: "Dấu chấm dùng để tách mỗi 3 chữ số, ví dụ 50.000 hoặc 1.000.000.",
      not_a_number: "Số tiền chỉ gồm chữ số, ví dụ 50.000.",
      too_large: (max: string) => `Số tiền tối đa là ${max}.`,
    } satisfies Record<AmountTextProblem, unknown>,
    topup: {
      title: "Nạp tiền",
      into: "Nạp vào",
      balanceNow: (balance: string) => `Số dư hiện tại: ${balance}`,
      amount: "Số tiền nạp",
      currency: "đ",
      presets: "Chọn nhanh số tiền",
      limits: (min: string, max: string) =>
        `Tối thiểu ${min}. Thanh toán trực tuyến tối đa ${max} mỗi lần; chuyển khoản không giới hạn.`,
      problems: {
        required: "Hãy nhập số tiền muốn nạp.",
        not_whole: "Số tiền phải là số đồng chẵn.",
        too_small: (min: string) => `Số tiền nạp tối thiểu là ${min}.`,
        too_large_online: (max: string) =>
          `Thanh toán trực tuyến tối đa ${max} mỗi lần. Hãy nhập số nhỏ hơn, hoặc chọn Chuyển khoản nhanh (không giới hạn số tiền).`,
        too_large: (max: string) => `Số tiền tối đa là ${max}.`,
      } satisfies Record<TopupAmountProblem | "required", unknown>,
      method: "Hình thức nạp",
      methods: {
        checkout: {
          name: "Thanh toán trực tuyến",
          hint: "Thẻ ATM nội địa, thẻ quốc tế hoặc ví điện tử, ngay trong Zalo",
        },
        bank_transfer: {
          name: "Chuyển khoản nhanh",
          hint: "Chuyển khoản tới số tài khoản riêng của ZCA, không giới hạn số tiền",
        },
      } satisfies Record<TopupMethod, unknown>,
      invoice: "Xuất hóa đơn",
      invoiceOn:
        "Hóa đơn điện tử của lần nạp này ghi thông tin xuất hóa đơn bên dưới. Lần nạp thành công nào cũng có hóa đơn, gửi qua email vào ngày làm việc tiếp theo.",
      invoiceOff:
        "Không chọn thì hóa đơn điện tử vẫn được xuất, ghi thông tin doanh nghiệp của ZCA. Lần nạp thành công nào cũng có hóa đơn, gửi qua email vào ngày làm việc tiếp theo.",
      noRefund: "Tiền đã nạp không được hoàn lại. Hãy kiểm tra số tiền trước khi thanh toán.",
      pay: (amount: string | null) => (amount ? `Thanh toán ${amount}` : "Thanh toán"),
      seeTransfer: "Xem thông tin chuyển khoản",
      opening: "Đang mở thanh toán…",
      failed: "Chưa mở được thanh toán",
      notAllowed: "Chỉ Quản trị viên cấp cao, Quản trị viên và Tài chính viên được nạp tiền vào ZCA.",
      /** Before the first top-up: the tax code its invoice will carry, to confirm. */
      confirmTaxCode: {
        title: "Xác nhận mã số thuế",
        body: "Mã số thuế này sẽ in trên hóa đơn và không đổi được sau khi đã xuất hóa đơn.",
        label: "Mã số thuế trên hóa đơn",
        from: {
          saved: "Theo thông tin xuất hóa đơn đã lưu.",
          own: "Theo thông tin doanh nghiệp của ZCA.",
        },
        confirm: "Xác nhận",
        edit: "Sửa mã số thuế",
        failed: "Chưa xác nhận được mã số thuế",
      },
    },
    invoice: {
      title: "Thông tin xuất hóa đơn",
      fields: {
        companyName: "Tên công ty",
        taxCode: "Mã số thuế",
        address: "Địa chỉ công ty",
        buyer: "Người mua hàng",
        phone: "Số điện thoại",
        email: "Email nhận hóa đơn",
      } satisfies Record<InvoiceField, string>,
      problems: {
        companyName: "Hãy nhập tên công ty như trên giấy phép kinh doanh.",
        address:
          "Hãy nhập địa chỉ công ty như trên giấy phép kinh doanh (5–300 ký tự). Địa chỉ này in trên hóa đơn.",
        buyer: "Hãy nhập họ tên người mua hàng.",
        phone: "Hãy nhập số di động Việt Nam, ví dụ 0901 234 567.",
        email: "Email chưa đúng, ví dụ ketoan@congty.vn.",
      } satisfies Record<Exclude<InvoiceField, "taxCode">, string>,
      none: "Chưa có thông tin xuất hóa đơn. Điền một lần, những lần sau ứng dụng tự điền sẵn.",
      taxCodeLocked: "Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa.",
      addressMissing:
        "Chưa có địa chỉ công ty. Hãy bấm “Sửa thông tin” để thêm, địa chỉ này in trên hóa đơn.",
      edit: "Sửa thông tin",
      save: "Lưu thông tin",
      cancel: "Hủy",
      saved: "Đã lưu thông tin xuất hóa đơn.",
      saveFailed: "Chưa lưu được thông tin xuất hóa đơn",
    },
    devCheckout: {
      title: "Thanh toán thử",
      body: (amount: string) =>
        `Số tiền: ${amount}. Chế độ phát triển: bảng này thay cho trang thanh toán của Zalo, và máy chủ nhận kết quả có chữ ký như Zalo gửi.`,
      pay: "Thanh toán thành công",
      fail: "Thanh toán thất bại",
      cancel: "Đóng, không thanh toán",
      pay_late: "Thành công, Zalo báo chậm",
      failed: "Chưa giả lập được thanh toán",
    },
    transfer: {
      title: "Chuyển khoản nhanh",
      warning:
        "Chỉ chuyển đến đúng số tài khoản dưới đây: đây là số tài khoản riêng của ZCA này. Tiền chuyển đến số tài khoản khác sẽ không được hoàn lại.",
      qrTitle: "Quét mã QR bằng ứng dụng ngân hàng",
      qrHint: "Số tài khoản, số tiền và nội dung đã được điền sẵn.",
      qrSameDevice:
        "Ứng dụng ngân hàng ở ngay trên điện thoại này? Lưu mã QR, rồi trong ứng dụng ngân hàng chọn quét mã QR từ ảnh.",
      saveQr: "Lưu mã QR",
      shareQr: "Chia sẻ",
      qrFileName: (note: string) => `ma-qr-chuyen-khoan-${note}.png`,
      saving: "Đang lưu mã QR…",
      sharing: "Đang mở chia sẻ…",
      saved: {
        saved: "Đã lưu mã QR vào thư viện ảnh. Mở ứng dụng ngân hàng, chọn quét mã QR rồi chọn ảnh này.",
        downloaded: "Đã tải ảnh mã QR về máy.",
        refused: "Zalo chưa được phép lưu ảnh. Hãy cho phép Zalo truy cập thư viện ảnh rồi thử lại.",
        failed:
          "Chưa lưu được mã QR. Nếu Zalo hỏi quyền truy cập ảnh, hãy cho phép rồi thử lại; hoặc chụp màn hình mã QR.",
      } satisfies Record<SaveImageOutcome, string>,
      shared: {
        shared: "Đã chia sẻ mã QR.",
        cancelled: "",
        unavailable: "Máy này chưa chia sẻ được ảnh từ đây. Hãy bấm “Lưu mã QR” rồi gửi ảnh từ thư viện ảnh.",
        failed: "Chưa chia sẻ được mã QR. Hãy thử lại, hoặc bấm “Lưu mã QR”.",
      } satisfies Record<ShareImageOutcome, string>,
      qrLabel: (amount: string, account: string) => `Mã VietQR chuyển ${amount} tới số tài khoản ${account}`,
      manualTitle: "Hoặc tự nhập thông tin chuyển khoản",
      bank: "Ngân hàng",
      accountNumber: "Số tài khoản",
      accountName: "Chủ tài khoản",
      amount: "Số tiền",
      note: "Nội dung",
      /** Whose details the top-up's e-invoice carries: an invoice is issued either way. */
      invoiceNote: {
        saved: (note: string) =>
          `Giữ nguyên “${note}” trong nội dung: hóa đơn điện tử của lần nạp này sẽ ghi thông tin xuất hóa đơn đã lưu. Thiếu “${note}” thì hóa đơn vẫn được xuất nhưng ghi thông tin doanh nghiệp của ZCA. Hóa đơn được gửi qua email vào ngày làm việc tiếp theo.`,
        own: "Hóa đơn điện tử của lần nạp này ghi thông tin doanh nghiệp của ZCA, gửi qua email vào ngày làm việc tiếp theo.",
      },
      copy: "Sao chép",
      copyWhat: (what: string) => `Sao chép ${what.toLowerCase()}`,
      copied: (what: string) => `Đã sao chép ${what.toLowerCase()}.`,
      copyFailed: "Không sao chép được. Hãy nhấn giữ để chọn và sao chép.",
      done: "Tôi đã chuyển khoản",
      simulate: "Giả lập chuyển khoản (chế độ phát triển)",
      simulateFailed: "Chưa giả lập được chuyển khoản",
      settled: "Lần nạp này đã xong. Xem kết quả ở Lịch sử giao dịch.",
    },
    result: {
      title: "Kết quả nạp tiền",
      paying: {
        heading: "Đang chờ bạn thanh toán trong Zalo",
        body: "Hãy hoàn tất ở trang thanh toán của Zalo. Kết quả sẽ hiện ở đây.",
      },
      checking: {
        checkout: {
          heading: "Đang chờ Zalo xác nhận thanh toán…",
          body: "Thường chỉ mất vài giây. Số dư chỉ thay đổi khi Zalo xác nhận đã nhận tiền.",
        },
        bank_transfer: {
          heading: "Đang chờ ngân hàng báo tiền về…",
          body: "Tiền chuyển khoản nhanh thường về sau vài giây đến vài phút.",
        },
      } satisfies Record<TopupMethod, unknown>,
      waited: {
        checkout: {
          heading: "Zalo chưa báo kết quả",
          body: "Nếu bạn đã thanh toán, số dư sẽ tự cập nhật khi Zalo xác nhận, thường trong vài phút. Bạn có thể rời màn hình này: lần nạp vẫn nằm trong Lịch sử giao dịch.",
        },
        bank_transfer: {
          heading: "Ngân hàng chưa báo tiền về",
          body: "Nếu bạn đã chuyển khoản, số dư sẽ tự cập nhật khi tiền về. Bạn có thể rời màn hình này: lần nạp vẫn nằm trong Lịch sử giao dịch.",
        },
      } satisfies Record<TopupMethod, unknown>,
      notPaid: {
        heading: "Bạn chưa thanh toán",
        body: "Trang thanh toán đã đóng trước khi bạn trả tiền. Chưa có khoản tiền nào bị trừ.",
      },
      unsettled: {
        heading: "Lần nạp này chưa có kết quả",
        body: "Zalo chưa báo lần nạp này đã được thanh toán. Nếu bạn đã trả tiền, số dư sẽ tự cập nhật khi Zalo xác nhận; nếu chưa, hãy bấm “Nạp lại”.",
      },
      review: {
        heading: "Lần nạp đang được kiểm tra",
        body: "Thông tin Zalo trả về chưa khớp với lần nạp này nên số dư chưa đổi. Chúng tôi sẽ kiểm tra lại; khoản tiền bạn đã trả không bị mất.",
      },
      succeeded: {
        heading: "Nạp tiền thành công",
        body: (amount: string, account: string) => `${amount} đã vào số dư của ${account}.`,
      },
      failed: {
        heading: "Nạp tiền không thành công",
        body: "Zalo báo thanh toán không thành công nên số dư không đổi. Bạn có thể nạp lại, hoặc chọn Chuyển khoản nhanh.",
      },
      newBalance: (balance: string) => `Số dư hiện tại: ${balance}`,
      invoice: "Hóa đơn doanh nghiệp sẽ được xuất theo thông tin xuất hóa đơn đã lưu.",
      amount: "Số tiền",
      method: "Hình thức",
      startedAt: "Thời gian",
      checkAgain: "Kiểm tra lại",
      backHome: "Về trang ZCA",
      again: "Nạp lại",
      history: "Xem lịch sử giao dịch",
    },
    history: {
      title: "Lịch sử giao dịch",
      empty: "Chưa có giao dịch nào.",
      ...LEDGER_WORDS.vi,
      statuses: {
        pending: "Chờ thanh toán",
        succeeded: "Thành công",
        failed: "Không thành công",
        review: "Đang kiểm tra",
      } satisfies Record<TopupStatus, string>,
      methods: { checkout: "Trực tuyến", bank_transfer: "Chuyển khoản" } satisfies Record<
        TopupMethod,
        string
      >,
      balanceAfter: (balance: string) => `Số dư sau: ${balance}`,
      invoice: "Có hóa đơn",
      more: "Tải thêm",
      end: "Đã hiện tất cả giao dịch.",
    },
    report: {
      open: "Xuất báo cáo",
      title: "Xuất báo cáo",
      from: "Từ tháng",
      to: "Đến tháng",
      format: "Định dạng",
      formats: { csv: "CSV", xlsx: "Excel (.xlsx)" } satisfies Record<ReportFormat, string>,
      formatHints: {
        csv: "Mở được bằng mọi chương trình bảng tính",
        xlsx: "Mỗi cách xem một trang tính, có dòng tổng cộng",
      } satisfies Record<ReportFormat, string>,
      download: "Tải báo cáo",
      downloading: "Đang tạo báo cáo…",
      close: "Đóng",
      outcomes: {
        saved: (name: string) => `Đã lưu ${name} vào máy.`,
        downloaded: (name: string) => `Đã tải ${name} về máy.`,
        refused: () => "Zalo chưa được phép lưu tệp. Hãy cho phép Zalo truy cập bộ nhớ rồi thử lại.",
        failed: () => "Chưa lưu được báo cáo. Hãy thử lại.",
      } satisfies Record<SaveFileOutcome, unknown>,
      range: {
        invalid: "Hãy chọn tháng bắt đầu và tháng kết thúc.",
        before_from: "Tháng kết thúc phải từ tháng bắt đầu trở về sau.",
        range_too_long: (max: number) => `Mỗi báo cáo gồm tối đa ${max} tháng. Hãy chọn khoảng ngắn hơn.`,
        too_many_rows: "Khoảng này có quá nhiều giao dịch cho một tệp. Hãy chọn ít tháng hơn.",
      },
    },
    spending: {
      title: "Chi tiêu",
      byMonth: "Theo tháng",
      byMonthHint: "6 tháng gần nhất",
      total: "Tổng 6 tháng",
      thisMonth: (amount: string) => `Tháng này: ${amount}`,
      byOa: "Theo OA",
      byOaHint: "Gói dịch vụ OA và Tin chủ động",
      byApp: "Theo ứng dụng",
      byAppHint: "Tin ZNS gửi từ ứng dụng",
      none: "Chưa có chi tiêu nào trong 6 tháng qua.",
      bar: (label: string, amount: string) => `${label}: ${amount}`,
    },
    /** Dev mode only: plays Zalo's services charging the balance. */
    devSpend: {
      title: "Giả lập chi tiêu (chế độ phát triển)",
      hint: "Máy chủ gửi yêu cầu tạm giữ rồi yêu cầu trừ tiền có chữ ký, như dịch vụ của Zalo.",
      kind: "Loại chi tiêu",
      kinds: { oa_package: "Gói dịch vụ OA", proactive: "Tin chủ động", zns: "Tin ZNS" },
      target: "Tính cho",
      oa: "OA",
      app: "Ứng dụng",
      noTarget: "ZCA chưa liên kết OA hoặc ứng dụng nào để tính chi tiêu này.",
      amount: "Số tiền",
      amountRequired: "Hãy nhập số tiền.",
      send: "Gửi chi tiêu giả lập",
      debited: (amount: string) => `Đã trừ ${amount} khỏi số dư.`,
      refused: "Bị từ chối: số dư khả dụng không đủ.",
      failed: "Chưa giả lập được chi tiêu",
    },
    invoices: {
      title: "Quản lý hóa đơn",
      notAllowed: "Chỉ Quản trị viên cấp cao, Quản trị viên và Tài chính viên được xem hóa đơn của ZCA.",
      intro:
        "Mỗi khoản tiền nạp vào ZCA được xuất một hóa đơn điện tử, gửi qua email trong ngày làm việc tiếp theo.",
      list: "Hóa đơn điện tử",
      empty: "Chưa có hóa đơn nào. Hóa đơn được xuất sau mỗi lần nạp tiền thành công.",
      more: "Tải thêm",
      end: "Đã hiện tất cả hóa đơn.",
      issuing: "Đang xuất",
      noNumber: "Chưa có số hóa đơn",
      number: (number: string, series: string) => `Số ${number} · Ký hiệu ${series}`,
      replacedBy: (number: string | null) =>
        number ? `Đã được thay thế bởi hóa đơn số ${number}` : "Đang được thay thế bởi một hóa đơn đang xuất",
      replaces: (number: string | null) => `Thay thế cho hóa đơn số ${number ?? "chưa có"}`,
      statuses: {
        issuing: "Đang xuất hóa đơn — hóa đơn sẽ được gửi qua email trong ngày làm việc tiếp theo",
        issued: (email: string) =>
          email ? `Đã xuất hóa đơn, đang gửi email tới ${email}` : "Đã xuất hóa đơn",
        emailed: (email: string) => (email ? `Đã gửi email tới ${email}` : "Đã gửi hóa đơn qua email"),
        failed:
          "Chưa xuất được hóa đơn. Hệ thống tự thử lại; nếu vẫn chưa được, bộ phận hỗ trợ sẽ liên hệ với bạn. Số tiền đã nạp không bị ảnh hưởng.",
      },
      usesDetails:
        "Lần nạp chọn “Xuất hóa đơn” (hoặc ghi “HDDN” khi chuyển khoản) được xuất hóa đơn theo thông tin này, các lần khác theo thông tin doanh nghiệp của ZCA; sửa thông tin chỉ áp dụng cho hóa đơn xuất sau đó, hóa đơn đã xuất giữ nguyên.",
    },
    invoiceView: {
      title: "Hóa đơn",
      facts: "Thông tin hóa đơn",
      number: "Số hóa đơn",
      series: "Ký hiệu",
      date: "Ngày xuất",
      amount: "Số tiền",
      status: "Trạng thái",
      buyer: "Người mua",
      companyName: "Tên đơn vị",
      taxCode: "Mã số thuế",
      address: "Địa chỉ",
      email: "Email nhận hóa đơn",
      notYet: "Chưa có",
      notFound: "Không tìm thấy hóa đơn này trong ZCA.",
      correction: {
        open: "Sửa tên công ty hoặc địa chỉ",
        title: "Sửa tên công ty hoặc địa chỉ",
        intro:
          "Hóa đơn đã xuất không sửa trực tiếp được (Nghị định 70/2025). Nếu tên công ty hoặc địa chỉ bị sai, một hóa đơn thay thế được xuất để sửa.",
        taxCodeFixed:
          "Mã số thuế giữ nguyên. Hóa đơn sai mã số thuế, muốn đổi sang công ty hoặc chi nhánh khác, hay từ cá nhân sang doanh nghiệp thì không điều chỉnh được.",
        unchanged: "Tên công ty và địa chỉ vẫn giống trên hóa đơn. Hãy sửa ít nhất một trong hai.",
        review: "Tiếp tục",
        cancel: "Hủy",
        confirmTitle: "Xuất hóa đơn thay thế?",
        from: "Trên hóa đơn hiện tại",
        to: "Trên hóa đơn thay thế",
        confirmBody: (number: string, email: string) =>
          `Một hóa đơn mới, ghi rõ “thay thế cho hóa đơn số ${number}”, sẽ được xuất với thông tin trên${email ? ` và gửi tới ${email}` : ""}. Hóa đơn số ${number} vẫn được lưu, đánh dấu là đã bị thay thế. Mỗi hóa đơn chỉ được thay thế một lần.`,
        confirm: "Xuất hóa đơn thay thế",
        back: "Sửa lại",
        failed: "Chưa xuất được hóa đơn thay thế",
        done: "Đã yêu cầu xuất hóa đơn thay thế. Hóa đơn mới sẽ được gửi qua email.",
      },
      pdf: "Tệp hóa đơn (PDF)",
      pdfNotYet: "Tệp PDF có khi hóa đơn đã được xuất.",
      open: "Xem hóa đơn (PDF)",
      save: "Lưu",
      share: "Chia sẻ",
      working: "Đang tải hóa đơn…",
      pdfFileStem: "hoa-don",
      viewerTitle: (number: string) => `Hóa đơn số ${number}`,
      opened: {
        shown: "Đã mở hóa đơn.",
        opened: "Đã mở hóa đơn trong thẻ mới.",
        downloaded: "Trình duyệt chặn thẻ mới nên hóa đơn đã được tải về máy.",
        saved:
          "Phiên bản Zalo này chưa xem được tệp PDF trong ứng dụng, nên hóa đơn đã được lưu vào máy. Mở tệp trong mục Tải về.",
        refused: "Zalo chưa được phép lưu tệp. Hãy cho phép Zalo lưu tệp rồi thử lại.",
        failed: "Chưa mở được hóa đơn. Hãy thử lại sau.",
      } satisfies Record<OpenFileOutcome, string>,
      saved: {
        saved: "Đã lưu hóa đơn vào máy. Mở tệp trong mục Tải về.",
        downloaded: "Đã tải hóa đơn về máy.",
        refused: "Zalo chưa được phép lưu tệp. Hãy cho phép Zalo lưu tệp rồi thử lại.",
        failed: "Chưa lưu được hóa đơn. Hãy thử lại sau.",
      } satisfies Record<SaveFileOutcome, string>,
      shared: {
        shared: "Đã chia sẻ hóa đơn.",
        cancelled: "",
        unavailable: "Máy này chưa chia sẻ được tệp từ đây. Hãy bấm “Lưu” rồi gửi tệp từ mục Tải về.",
        failed: "Chưa chia sẻ được hóa đơn. Hãy thử lại sau.",
      } satisfies Record<ShareFileOutcome, string>,
    },
  },
  en: {
    amountText: {
      sign: "Enter the amount without a minus or plus sign, e.g. 50,000.",
      decimal: "Enter a whole number of đồng, without decimals, e.g. 50,000.",
      grouping: "Commas separate groups of 3 digits, e.g. 50,000 or 1,000,000.",
      not_a_number: "Enter digits only, e.g. 50,000.",
      too_large: (max: string) => `The largest amount is ${max}.`,
    },
    topup: {
      title: "Top up",
      into: "Top up the balance of",
      balanceNow: (balance: string) => `Balance now: ${balance}`,
      amount: "Amount",
      currency: "₫",
      presets: "Quick amounts",
      limits: (min: string, max: string) =>
        `At least ${min}. Online payment: at most ${max} per top-up; a bank transfer has no limit.`,
      problems: {
        required: "Enter the amount to top up.",
        not_whole: "The amount must be a whole number of đồng.",
        too_small: (min: string) => `The smallest top-up is ${min}.`,
        too_large_online: (max: string) =>
          `Online payment is limited to ${max} per top-up. Enter a smaller amount, or choose Fast bank transfer (no limit).`,
        too_large: (max: string) => `The largest amount is ${max}.`,
      },
      method: "How to pay",
      methods: {
        checkout: {
          name: "Online payment",
          hint: "Domestic ATM card, international card or e-wallet, right in Zalo",
        },
        bank_transfer: {
          name: "Fast bank transfer",
          hint: "To this ZCA's own account number, with no limit",
        },
      },
      invoice: "Issue an invoice",
      invoiceOn:
        "This top-up's e-invoice carries the invoice details below. Every successful top-up gets an invoice, emailed the next working day.",
      invoiceOff:
        "Left off, an e-invoice is still issued, with the ZCA's own business details. Every successful top-up gets an invoice, emailed the next working day.",
      noRefund: "Top-ups cannot be refunded. Check the amount before paying.",
      pay: (amount: string | null) => (amount ? `Pay ${amount}` : "Pay"),
      seeTransfer: "See the transfer details",
      opening: "Opening the payment…",
      failed: "The payment could not open",
      notAllowed: "Only the Super Admin, Admins and Finance members can top up the ZCA.",
      confirmTaxCode: {
        title: "Confirm the tax code",
        body: "This tax code will be printed on the invoice and cannot be changed once an invoice has been issued.",
        label: "Tax code on the invoice",
        from: {
          saved: "From the saved invoice details.",
          own: "From the ZCA's business details.",
        },
        confirm: "Confirm",
        edit: "Edit the tax code",
        failed: "The tax code could not be confirmed",
      },
    },
    invoice: {
      title: "Invoice details",
      fields: {
        companyName: "Company name",
        taxCode: "Tax code",
        address: "Company address",
        buyer: "Buyer",
        phone: "Phone",
        email: "Email for the invoice",
      },
      problems: {
        companyName: "Enter the company's name as on its business registration.",
        address:
          "Enter the company's address as on its business registration (5–300 characters). It is printed on invoices.",
        buyer: "Enter the buyer's full name.",
        phone: "Enter a Vietnamese mobile number, e.g. 0901 234 567.",
        email: "This email is not valid, e.g. accounts@company.vn.",
      },
      none: "No invoice details yet. Fill them in once; the app fills them in next time.",
      taxCodeLocked: "This tax code is on an issued invoice, so it can no longer be changed.",
      addressMissing: "No company address yet. Tap “Edit details” to add it; it is printed on invoices.",
      edit: "Edit details",
      save: "Save details",
      cancel: "Cancel",
      saved: "Invoice details saved.",
      saveFailed: "The invoice details could not be saved",
    },
    devCheckout: {
      title: "Test payment",
      body: (amount: string) =>
        `Amount: ${amount}. Dev mode: this stands in for Zalo's checkout page, and the server receives the signed result Zalo would send.`,
      pay: "Pay",
      fail: "Payment fails",
      cancel: "Close without paying",
      pay_late: "Pay, Zalo reports late",
      failed: "The payment could not be simulated",
    },
    transfer: {
      title: "Fast bank transfer",
      warning:
        "Send only to the account number below: it is this ZCA's own number. Money sent to any other account number is not returned.",
      qrTitle: "Scan the QR code with your banking app",
      qrHint: "The account number, amount and message are filled in.",
      qrSameDevice:
        "Is your banking app on this phone? Save the QR code, then scan it from a photo in your banking app.",
      saveQr: "Save QR code",
      shareQr: "Share",
      qrFileName: (note: string) => `transfer-qr-${note}.png`,
      saving: "Saving the QR code…",
      sharing: "Opening sharing…",
      saved: {
        saved:
          "QR code saved to your photos. Open your banking app, choose to scan a QR code, then pick this photo.",
        downloaded: "QR code image downloaded.",
        refused: "Zalo may not save photos yet. Allow Zalo to access your photos, then try again.",
        failed:
          "The QR code could not be saved. If Zalo asks for your photos, allow it and try again; or take a screenshot of the code.",
      },
      shared: {
        shared: "QR code shared.",
        cancelled: "",
        unavailable:
          "This phone cannot share an image from here. Tap “Save QR code”, then send the photo from your photos.",
        failed: "The QR code could not be shared. Try again, or tap “Save QR code”.",
      },
      qrLabel: (amount: string, account: string) => `VietQR code to transfer ${amount} to account ${account}`,
      manualTitle: "Or enter the transfer details yourself",
      bank: "Bank",
      accountNumber: "Account number",
      accountName: "Account holder",
      amount: "Amount",
      note: "Message",
      invoiceNote: {
        saved: (note: string) =>
          `Keep “${note}” in the message: this top-up's e-invoice will carry the saved invoice details. Without “${note}”, an invoice is still issued, with the ZCA's own business details. The invoice is emailed the next working day.`,
        own: "This top-up's e-invoice carries the ZCA's own business details; it is emailed the next working day.",
      },
      copy: "Copy",
      copyWhat: (what: string) => `Copy the ${what.toLowerCase()}`,
      copied: (what: string) => `${what} copied.`,
      copyFailed: "Could not copy. Press and hold to select and copy it.",
      done: "I have made the transfer",
      simulate: "Simulate the transfer (dev mode)",
      simulateFailed: "The transfer could not be simulated",
      settled: "This top-up has ended. See its result in the transaction history.",
    },
    result: {
      title: "Top-up result",
      paying: {
        heading: "Waiting for you to pay in Zalo",
        body: "Finish paying on Zalo's checkout page. The result will show here.",
      },
      checking: {
        checkout: {
          heading: "Waiting for Zalo to confirm the payment…",
          body: "This usually takes seconds. The balance changes only once Zalo confirms the money arrived.",
        },
        bank_transfer: {
          heading: "Waiting for the bank to report the money…",
          body: "A fast transfer usually arrives within seconds to a few minutes.",
        },
      },
      waited: {
        checkout: {
          heading: "Zalo has not reported the result yet",
          body: "If you paid, the balance updates by itself when Zalo confirms, usually within minutes. You may leave this screen: the top-up stays in the history.",
        },
        bank_transfer: {
          heading: "The bank has not reported the money yet",
          body: "If you made the transfer, the balance updates by itself when the money arrives. You may leave this screen: the top-up stays in the history.",
        },
      },
      notPaid: {
        heading: "You have not paid",
        body: "The checkout page closed before you paid. No money was taken.",
      },
      unsettled: {
        heading: "This top-up has no result yet",
        body: "Zalo has not reported this top-up as paid. If you paid, the balance updates by itself when Zalo confirms; if not, tap “Top up again”.",
      },
      review: {
        heading: "This top-up is being checked",
        body: "What Zalo reported does not match this top-up, so the balance has not changed. We will check it; money you paid is not lost.",
      },
      succeeded: {
        heading: "Top-up succeeded",
        body: (amount: string, account: string) => `${amount} is now in the balance of ${account}.`,
      },
      failed: {
        heading: "The top-up failed",
        body: "Zalo reports the payment failed, so the balance has not changed. You can top up again, or choose Fast bank transfer.",
      },
      newBalance: (balance: string) => `Balance now: ${balance}`,
      invoice: "A business invoice will be made out with the saved invoice details.",
      amount: "Amount",
      method: "Method",
      startedAt: "Started",
      checkAgain: "Check again",
      backHome: "Back to the ZCA",
      again: "Top up again",
      history: "See the history",
    },
    history: {
      title: "Transaction history",
      empty: "No transactions yet.",
      ...LEDGER_WORDS.en,
      statuses: {
        pending: "Awaiting payment",
        succeeded: "Succeeded",
        failed: "Failed",
        review: "Being checked",
      },
      methods: { checkout: "Online", bank_transfer: "Bank transfer" },
      balanceAfter: (balance: string) => `Balance after: ${balance}`,
      invoice: "With invoice",
      more: "Load more",
      end: "All transactions are shown.",
    },
    report: {
      open: "Export report",
      title: "Export report",
      from: "From month",
      to: "To month",
      format: "Format",
      formats: { csv: "CSV", xlsx: "Excel (.xlsx)" },
      formatHints: {
        csv: "Opens in any spreadsheet program",
        xlsx: "A sheet for each view, with a total row",
      },
      download: "Download report",
      downloading: "Preparing the report…",
      close: "Close",
      outcomes: {
        saved: (name: string) => `${name} saved to this phone.`,
        downloaded: (name: string) => `${name} downloaded.`,
        refused: () => "Zalo may not save files yet. Allow Zalo to use storage, then try again.",
        failed: () => "The report could not be saved. Try again.",
      },
      range: {
        invalid: "Choose a start month and an end month.",
        before_from: "The end month must be the start month or later.",
        range_too_long: (max: number) => `A report covers at most ${max} months. Choose a shorter range.`,
        too_many_rows: "This range has too many transactions for one file. Choose fewer months.",
      },
    },
    spending: {
      title: "Spending",
      byMonth: "By month",
      byMonthHint: "The last 6 months",
      total: "Total, last 6 months",
      thisMonth: (amount: string) => `This month: ${amount}`,
      byOa: "By OA",
      byOaHint: "OA service packages and proactive messages",
      byApp: "By app",
      byAppHint: "ZNS messages sent from apps",
      none: "Nothing spent in the last 6 months.",
      bar: (label: string, amount: string) => `${label}: ${amount}`,
    },
    devSpend: {
      title: "Simulate spending (dev mode)",
      hint: "The server sends a signed hold, then a signed charge, as Zalo's services do.",
      kind: "Kind of spending",
      kinds: { oa_package: "OA service package", proactive: "Proactive messages", zns: "ZNS messages" },
      target: "Charged for",
      oa: "OA",
      app: "App",
      noTarget: "The ZCA has no linked OA or app to charge this to.",
      amount: "Amount",
      amountRequired: "Enter an amount.",
      send: "Send the simulated spending",
      debited: (amount: string) => `${amount} was taken from the balance.`,
      refused: "Refused: the available balance is not enough.",
      failed: "The spending could not be simulated",
    },
    invoices: {
      title: "Invoices",
      notAllowed: "Only the Super Admin, Admins and Finance members can see the ZCA's invoices.",
      intro: "Every payment credited to the ZCA gets an e-invoice, emailed on the next working day.",
      list: "E-invoices",
      empty: "No invoices yet. An invoice is issued after each successful top-up.",
      more: "Load more",
      end: "All invoices are shown.",
      issuing: "Being issued",
      noNumber: "No invoice number yet",
      number: (number: string, series: string) => `No. ${number} · Series ${series}`,
      replacedBy: (number: string | null) =>
        number ? `Replaced by invoice no. ${number}` : "Being replaced by an invoice now being issued",
      replaces: (number: string | null) => `Replaces invoice no. ${number ?? "(none yet)"}`,
      statuses: {
        issuing: "Being issued — the invoice will be emailed on the next working day",
        issued: (email: string) => (email ? `Issued, being emailed to ${email}` : "Issued"),
        emailed: (email: string) => (email ? `Emailed to ${email}` : "Sent by email"),
        failed:
          "The invoice could not be issued yet. It is retried automatically; if it still fails, our support team will contact you. Your top-up is not affected.",
      },
      usesDetails:
        "Top-ups with “Issue an invoice” (or “HDDN” in a transfer's message) get invoices made out with these details, others with the ZCA's business details; changes apply to invoices issued afterwards, never to issued ones.",
    },
    invoiceView: {
      title: "Invoice",
      facts: "Invoice details",
      number: "Invoice number",
      series: "Series",
      date: "Issued on",
      amount: "Amount",
      status: "Status",
      buyer: "Buyer",
      companyName: "Company name",
      taxCode: "Tax code",
      address: "Address",
      email: "Email for the invoice",
      notYet: "Not yet",
      notFound: "This invoice was not found in the ZCA.",
      correction: {
        open: "Correct the company name or address",
        title: "Correct the company name or address",
        intro:
          "An issued invoice cannot be edited (Decree 70/2025). If the company name or address is wrong, a replacement invoice is issued to correct it.",
        taxCodeFixed:
          "The tax code stays as it is. An invoice with a wrong tax code, for another company or branch, or personal instead of business cannot be corrected.",
        unchanged: "The company name and address are still as on the invoice. Change at least one of them.",
        review: "Continue",
        cancel: "Cancel",
        confirmTitle: "Issue a replacement invoice?",
        from: "On the current invoice",
        to: "On the replacement",
        confirmBody: (number: string, email: string) =>
          `A new invoice stating “replaces invoice no. ${number}” will be issued with the details above${email ? ` and emailed to ${email}` : ""}. Invoice no. ${number} stays on record, marked as replaced. An invoice can be replaced only once.`,
        confirm: "Issue the replacement",
        back: "Edit again",
        failed: "The replacement invoice could not be issued",
        done: "Replacement invoice requested. The new invoice will be emailed.",
      },
      pdf: "Invoice file (PDF)",
      pdfNotYet: "The PDF is available once the invoice has been issued.",
      open: "View invoice (PDF)",
      save: "Save",
      share: "Share",
      working: "Getting the invoice…",
      pdfFileStem: "invoice",
      viewerTitle: (number: string) => `Invoice no. ${number}`,
      opened: {
        shown: "The invoice was opened.",
        opened: "The invoice opened in a new tab.",
        downloaded: "The browser blocked a new tab, so the invoice was downloaded.",
        saved:
          "This version of Zalo cannot show a PDF inside the app, so the invoice was saved to the phone. Open it from Downloads.",
        refused: "Zalo may not save files. Allow Zalo to save files, then try again.",
        failed: "The invoice could not be opened. Please try again later.",
      } satisfies Record<OpenFileOutcome, string>,
      saved: {
        saved: "The invoice was saved to the phone. Open it from Downloads.",
        downloaded: "The invoice was downloaded.",
        refused: "Zalo may not save files. Allow Zalo to save files, then try again.",
        failed: "The invoice could not be saved. Please try again later.",
      } satisfies Record<SaveFileOutcome, string>,
      shared: {
        shared: "The invoice was shared.",
        cancelled: "",
        unavailable:
          "This phone cannot share a file from here. Tap “Save”, then send the file from Downloads.",
        failed: "The invoice could not be shared. Please try again later.",
      } satisfies Record<ShareFileOutcome, string>,
    },
  },
});

export type WalletStrings = (typeof strings)["vi"];
