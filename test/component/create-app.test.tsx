import { pageOf } from "./support/fake-api";
import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useOnboarding } from "../../src/features/onboarding/store";
import { anApi, resetCreateStores, saveDraft, savedDraft } from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

const draft = { step: "app" as const, name: "Tiem banh An Nhien", oaId: "oa-an-nhien" };

beforeEach(() => {
  resetCreateStores();
  anApi();
  saveDraft(draft);
});

describe("step 4: connect an app", () => {
  it("skips the app with “Tiếp tục” alone, and says so when coming back", async () => {
    const { user } = renderCreate("/create/app");
    expect(
      await screen.findByText("Chưa chọn ứng dụng: bấm “Tiếp tục” để bỏ qua bước này."),
    ).toBeInTheDocument();
    expect(screen.getByText("Bước 4/6")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Điều khoản & quy định" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    expect(await screen.findByText("Bạn chọn: bỏ qua, chưa kết nối ứng dụng.")).toBeInTheDocument();
  });

  it("creates an app named after the ZCA with “Tạo ứng dụng mới”", async () => {
    const { user } = renderCreate("/create/app");
    const create = await screen.findByRole("radio", { name: "Tạo ứng dụng mới" });
    expect(create).toHaveAccessibleDescription(
      "Khi bạn bấm “Hoàn thành”, hệ thống tạo một ứng dụng mang tên ZCA: “Tiem banh An Nhien”.",
    );
    await user.click(create);
    expect(create).toBeChecked();
    expect(screen.getByText("Bạn chọn: tạo ứng dụng mới “Tiem banh An Nhien”.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await screen.findByRole("heading", { name: "Điều khoản & quy định" });
    expect(useOnboarding.getState().app).toEqual({ mode: "create" });
  });

  it("connects one of the person's apps by choosing it, then “Tiếp tục”", async () => {
    const { user } = renderCreate("/create/app");
    await user.click(await screen.findByRole("radio", { name: "An Nhiên POS" }));
    expect(screen.getByText("Bạn chọn: kết nối ứng dụng “An Nhiên POS”.")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "An Nhiên POS" })).toBeChecked();
    // One mark says what is chosen: no "Đã chọn" beside another button.
    expect(screen.queryByText("Đã chọn")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await screen.findByRole("heading", { name: "Điều khoản & quy định" });
    expect(useOnboarding.getState().app).toEqual({ mode: "connect", appId: "4318245679358126481" });
  });

  it("lets the person change their mind and skip the app", async () => {
    saveDraft({ ...draft, app: { mode: "create" } });
    const { user } = renderCreate("/create/app");
    await user.click(await screen.findByRole("radio", { name: "Bỏ qua, chưa kết nối ứng dụng" }));
    expect(screen.getByRole("radio", { name: "Tạo ứng dụng mới" })).not.toBeChecked();
    expect(screen.getByText("Bạn chọn: bỏ qua, chưa kết nối ứng dụng.")).toBeInTheDocument();
  });

  it("is one radio group: arrow keys move through create, the apps, the App ID and skip", async () => {
    const { user } = renderCreate("/create/app");
    expect(await screen.findByRole("group", { name: "Chọn cách kết nối ứng dụng" })).toBeInTheDocument();
    const create = screen.getByRole("radio", { name: "Tạo ứng dụng mới" });
    create.focus();
    await user.keyboard("{ArrowDown}");
    const pos = await screen.findByRole("radio", { name: "An Nhiên POS" });
    expect(pos).toHaveFocus();
    expect(pos).toBeChecked();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Kết nối ứng dụng bằng App ID" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Bỏ qua, chưa kết nối ứng dụng" })).toBeChecked();
    expect(useOnboarding.getState().app).toEqual({ mode: "skip" });
  });

  it("cannot connect an app another ZCA already uses, and says why", async () => {
    anApi({
      "GET /apps": (r) => ({
        body: pageOf(
          [{ id: "4318245679358126481", name: "An Nhiên POS", linkedAccountId: "zca-x" }],
          r.query,
        ),
      }),
    });
    renderCreate("/create/app");
    const pos = await screen.findByRole("radio", { name: /An Nhiên POS/ });
    expect(pos).toBeDisabled();
    expect(pos).toHaveAccessibleName(/Đã kết nối với một ZCA khác/);
  });

  it("explains an app chosen earlier that another ZCA took meanwhile, and holds “Tiếp tục” until changed", async () => {
    anApi({
      "GET /apps": (r) => ({
        body: pageOf(
          [{ id: "4318245679358126481", name: "An Nhiên POS", linkedAccountId: "zca-x" }],
          r.query,
        ),
      }),
    });
    saveDraft({ ...draft, app: { mode: "connect", appId: "4318245679358126481" } });
    const { user } = renderCreate("/create/app");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Ứng dụng “An Nhiên POS” bạn chọn trước đó vừa được kết nối với một ZCA khác.",
    );
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
    await user.click(screen.getByRole("radio", { name: "Tạo ứng dụng mới" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeEnabled();
  });

  it("keeps the app choice when going back to step 3 and forward again", async () => {
    const { user } = renderCreate("/create/app");
    await user.click(await screen.findByRole("radio", { name: "Tạo ứng dụng mới" }));
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    await user.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("radio", { name: "Tạo ứng dụng mới" })).toBeChecked();
  });

  describe("an app connected by its App ID (inside Zalo no app is listed)", () => {
    const APP_ID = "3471892056612345678";
    beforeEach(() => anApi({ "GET /apps": (r) => ({ body: pageOf([], r.query) }) }));

    it("offers the App ID right after “Tạo ứng dụng” and says the app is declared by the person", async () => {
      const { user } = renderCreate("/create/app");
      const field = await screen.findByRole("textbox", { name: "App ID" });
      expect(screen.getByRole("radio", { name: "Kết nối ứng dụng bằng App ID" })).not.toBeChecked();
      expect(screen.queryByRole("heading", { name: "Kết nối ứng dụng có sẵn" })).not.toBeInTheDocument();
      expect(field).toHaveAccessibleDescription("App ID có ở trang quản lý ứng dụng trên developers.zalo.me");
      await user.type(field, "3471 8920 5661 2345 678");
      expect(
        screen.getByText(`Bạn chọn: kết nối ứng dụng có App ID ${APP_ID} (bạn khai báo).`),
      ).toBeInTheDocument();
      expect(screen.getByRole("radio", { name: "Kết nối ứng dụng bằng App ID" })).toBeChecked();
      await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
      await screen.findByRole("heading", { name: "Điều khoản & quy định" });
      expect(useOnboarding.getState().app).toEqual({ mode: "declare", appId: APP_ID });
      expect(screen.getByText(`App ID ${APP_ID} (bạn khai báo)`)).toBeInTheDocument();
    });

    it("says what is wrong beside the field and stays on the step", async () => {
      const { user } = renderCreate("/create/app");
      const field = await screen.findByRole("textbox", { name: "App ID" });
      await user.type(field, "12ab");
      expect(field).not.toHaveAttribute("aria-invalid");
      await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
      expect(field).toHaveAttribute("aria-invalid", "true");
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining("App ID chỉ gồm chữ số. Hãy sao chép đúng App ID từ developers.zalo.me."),
      );
      expect(screen.getByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
    });

    it("never loses what was typed: another choice keeps it, and so does the saved draft", async () => {
      const { user } = renderCreate("/create/app");
      await user.type(await screen.findByRole("textbox", { name: "App ID" }), APP_ID);
      await user.click(screen.getByRole("radio", { name: "Tạo ứng dụng mới" }));
      expect(screen.getByRole("textbox", { name: "App ID" })).toHaveValue(APP_ID);
      expect(savedDraft()?.state).toMatchObject({ app: { mode: "create" }, typedAppId: APP_ID });

      await user.type(screen.getByRole("textbox", { name: "App ID" }), "9");
      expect(useOnboarding.getState().app).toEqual({ mode: "declare", appId: `${APP_ID}9` });

      // Skipping keeps the App ID too, and choosing the App ID way again takes it back.
      await user.click(screen.getByRole("radio", { name: "Bỏ qua, chưa kết nối ứng dụng" }));
      expect(screen.getByRole("textbox", { name: "App ID" })).toHaveValue(`${APP_ID}9`);
      expect(screen.getByText("Bạn chọn: bỏ qua, chưa kết nối ứng dụng.")).toBeInTheDocument();
      await user.click(screen.getByRole("radio", { name: "Kết nối ứng dụng bằng App ID" }));
      expect(useOnboarding.getState().app).toEqual({ mode: "declare", appId: `${APP_ID}9` });
    });

    it("restores a typed App ID from a draft saved on the device", async () => {
      saveDraft({ ...draft, app: { mode: "declare", appId: "12345" }, typedAppId: "12345" });
      renderCreate("/create/app");
      const field = await screen.findByRole("textbox", { name: "App ID" });
      expect(field).toHaveValue("12345");
      expect(field).toHaveAccessibleDescription(expect.stringContaining("App ID có ít nhất 6 chữ số."));
    });
  });
});

describe("step 4: a person with many apps", () => {
  it("shows a page of apps, the next on “Tải thêm”, and connects one from it", async () => {
    const apps = Array.from({ length: 60 }, (_, i) => ({
      id: String(1_000_000 + i),
      name: `Ứng dụng ${String(i + 1).padStart(2, "0")}`,
      linkedAccountId: null,
    }));
    anApi({ "GET /apps": (r) => ({ body: pageOf(apps, r.query) }) });
    const { user } = renderCreate("/create/app");
    await screen.findByRole("radio", { name: "Ứng dụng 50" });
    expect(screen.queryByRole("radio", { name: "Ứng dụng 51" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tải thêm" }));
    await user.click(await screen.findByRole("radio", { name: "Ứng dụng 60" }));
    expect(screen.getByText(/^Bạn chọn: kết nối ứng dụng .Ứng dụng 60.\.$/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tải thêm" })).not.toBeInTheDocument();
  });
});
