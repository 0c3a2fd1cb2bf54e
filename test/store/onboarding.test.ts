import { beforeEach, describe, expect, it } from "vitest";
import { BUSINESS_FIELDS, EMPTY_BUSINESS } from "../../src/domain/business";
import { useAccounts } from "../../src/store/accounts";
import { DRAFT_VERSION, useOnboarding } from "../../src/features/onboarding/store";
import { useSession } from "../../src/store/session";
import {
  anApi,
  createdAccount,
  meOf,
  resetCreateStores,
  saveDraft,
  savedDraft,
  terms,
} from "../component/support/create-fixtures";
import { AN_BUSINESS } from "../support/businesses";

const store = () => useOnboarding.getState();

/** Step 2's details as An types them. */
function fillBusiness() {
  for (const field of BUSINESS_FIELDS) store().setBusiness(field, AN_BUSINESS[field]);
}

/** An with a complete draft, ready to submit. */
async function readyToSubmit() {
  await store().openDraftOf("an");
  store().setName("  Tiem banh   An Nhien ");
  fillBusiness();
  store().chooseOa("oa-an-nhien");
  store().chooseApp({ mode: "create" });
  store().acceptTerms(terms.version);
  store().goTo("terms");
}

beforeEach(() => {
  resetCreateStores();
  anApi();
});

describe("moving between steps", () => {
  it("moves forward only when the current step is complete, and never to done", async () => {
    await store().openDraftOf("an");
    expect(store().next()).toBe("name");
    expect(store().next()).toBe("name");
    store().setName("Tiem banh An Nhien");
    fillBusiness();
    expect(store().next()).toBe("oa");
    expect(store().next()).toBe("oa");
    store().chooseOa("oa-an-nhien");
    expect(store().next()).toBe("app");
    store().chooseApp({ mode: "skip" });
    expect(store().next()).toBe("terms");
    store().acceptTerms(terms.version);
    expect(store().next()).toBe("terms");
  });

  it("keeps every later choice when going back", async () => {
    await readyToSubmit();
    expect(store().back()).toBe("app");
    expect(store().back()).toBe("oa");
    expect(store().back()).toBe("name");
    expect(store().back()).toBe("start");
    expect(store().back()).toBe("start");
    expect(store()).toMatchObject({
      name: "  Tiem banh   An Nhien ",
      oaId: "oa-an-nhien",
      app: { mode: "create" },
      acceptedTermsVersion: terms.version,
    });
  });

  it("does not leave the name step until the phone number is shared", async () => {
    useSession.setState({ me: meOf({ phone: null, canCreateAccount: false, reason: "phone_required" }) });
    await store().openDraftOf("an");
    store().goTo("name");
    store().setName("Tiem banh An Nhien");
    expect(store().next()).toBe("name");
  });

  it("opens step 2 with the Zalo phone already filled in, in the same update as the step", async () => {
    await store().openDraftOf("an");
    const seen: { step: string; phone: string }[] = [];
    const stop = useOnboarding.subscribe((s) => seen.push({ step: s.step, phone: s.business.phone }));
    store().next();
    stop();
    expect(seen).toEqual([{ step: "name", phone: "0901 000 001" }]);
  });

  it("keeps a phone the person typed when they come back to step 2", async () => {
    await store().openDraftOf("an");
    store().setBusiness("phone", "0987 654 321");
    store().goTo("name");
    store().back();
    store().next();
    expect(store().business.phone).toBe("0987 654 321");
  });

  it("refuses to jump to a step whose earlier steps are incomplete", async () => {
    await store().openDraftOf("an");
    store().setName("Tiem banh An Nhien");
    fillBusiness();
    store().goTo("terms");
    expect(store().step).toBe("start");
    store().goTo("oa");
    expect(store().step).toBe("oa");
  });
});

describe("the draft on the device", () => {
  it("saves each change under the person's own key and restores it for them only", async () => {
    await store().openDraftOf("an");
    store().setName("Tiem banh An Nhien");
    fillBusiness();
    store().chooseOa("oa-an-nhien");
    store().goTo("app");
    expect(savedDraft("an")).toMatchObject({
      version: DRAFT_VERSION,
      state: { step: "app", name: "Tiem banh An Nhien", oaId: "oa-an-nhien" },
    });

    await store().openDraftOf("dung");
    expect(store()).toMatchObject({ draftOf: "dung", step: "start", name: "", oaId: null });
    expect(savedDraft("an")?.state.name).toBe("Tiem banh An Nhien");

    await store().openDraftOf("an");
    expect(store()).toMatchObject({
      draftOf: "an",
      step: "app",
      name: "Tiem banh An Nhien",
      oaId: "oa-an-nhien",
    });
  });

  it("does not save the submit status, so a reload mid-submit can submit again", async () => {
    await readyToSubmit();
    useOnboarding.setState({ submission: { status: "loading", data: null, error: null } });
    expect(savedDraft("an")?.state).not.toHaveProperty("submission");
  });

  it("rebuilds a draft saved by an older version, keeping what still fits, and saves it back", async () => {
    localStorage.setItem(
      "zca.onboarding.an",
      JSON.stringify({
        version: 0,
        state: {
          step: "app",
          name: "Tiem banh An Nhien",
          oaId: "oa-an-nhien",
          app: "create",
          termsAccepted: true,
        },
      }),
    );
    await store().openDraftOf("an");
    expect(store()).toMatchObject({
      step: "app",
      name: "Tiem banh An Nhien",
      oaId: "oa-an-nhien",
      app: null,
    });
    expect(savedDraft("an")).toMatchObject({ version: DRAFT_VERSION, state: { app: null } });
    expect(savedDraft("an")?.state).not.toHaveProperty("termsAccepted");
  });

  it("restores a draft of version 1, from before the business's details, with its name and choices, then asks step 2 for the details", async () => {
    localStorage.setItem(
      "zca.onboarding.an",
      JSON.stringify({
        version: 1,
        state: {
          step: "terms",
          name: "Công ty TNHH Cà phê Sáng",
          oaId: "oa-sang-coffee",
          app: { mode: "create" },
          acceptedTermsVersion: terms.version,
          idempotencyKey: "key-from-version-1",
          createdAccountId: null,
        },
      }),
    );
    await store().openDraftOf("an");
    expect(store()).toMatchObject({
      name: "Công ty TNHH Cà phê Sáng",
      business: EMPTY_BUSINESS,
      oaId: "oa-sang-coffee",
      app: { mode: "create" },
      acceptedTermsVersion: terms.version,
      idempotencyKey: "key-from-version-1",
    });
    expect(savedDraft("an")).toMatchObject({ version: DRAFT_VERSION, state: { business: EMPTY_BUSINESS } });
    // Its name breaks today's rule and it has no details: nothing past step 2 opens.
    store().goTo("oa");
    expect(store().step).not.toBe("oa");
    store().setName("Cong ty TNHH Ca phe Sang");
    fillBusiness();
    store().goTo("terms");
    expect(store().step).toBe("terms");
  });

  it("restores a draft of version 2, from before App IDs, with nothing typed for one", async () => {
    localStorage.setItem(
      "zca.onboarding.an",
      JSON.stringify({ version: 2, state: { step: "app", name: "Ca phe Sang", app: { mode: "skip" } } }),
    );
    await store().openDraftOf("an");
    expect(store()).toMatchObject({
      step: "app",
      name: "Ca phe Sang",
      app: { mode: "skip" },
      typedAppId: "",
    });
    expect(savedDraft("an")).toMatchObject({ version: 3, state: { typedAppId: "" } });
  });

  it("holds step 4 while a declared App ID breaks its rule, and keeps what was typed", async () => {
    saveDraft({ step: "app", name: "Tiem banh An Nhien", business: AN_BUSINESS, oaId: "oa-an-nhien" });
    await store().openDraftOf("an");
    store().typeAppId("1234");
    expect(store().next()).toBe("app");
    store().typeAppId("1234 5678 90");
    expect(store().app).toEqual({ mode: "declare", appId: "1234567890" });
    store().chooseApp({ mode: "create" });
    expect(store().typedAppId).toBe("1234 5678 90");
    store().typeAppId("");
    expect(store().app).toEqual({ mode: "create" });
    store().chooseApp(null);
    store().typeAppId("1234567890");
    expect(store().next()).toBe("terms");
  });

  it("does not leave step 2 while a business detail breaks its rule", async () => {
    await store().openDraftOf("an");
    store().goTo("name");
    store().setName("Tiem banh An Nhien");
    fillBusiness();
    store().setBusiness("taxCode", "0303490097");
    expect(store().next()).toBe("name");
    store().setBusiness("taxCode", "0303490096");
    expect(store().next()).toBe("oa");
  });

  it("starts over instead of crashing on a damaged draft", async () => {
    localStorage.setItem("zca.onboarding.an", JSON.stringify({ version: DRAFT_VERSION, state: "garbage" }));
    await store().openDraftOf("an");
    expect(store()).toMatchObject({ draftOf: "an", step: "start", name: "", oaId: null, app: null });
  });

  it("keeps each business detail on its own: a damaged one starts empty, a long one is cut, the rest stay", async () => {
    saveDraft({
      step: "name",
      name: "N".repeat(5000),
      business: { ...AN_BUSINESS, taxCode: 303490096 as unknown as string, email: "a".repeat(5000) },
    });
    await store().openDraftOf("an");
    expect(store().name).toBe("N".repeat(1000));
    expect(store().business).toEqual({ ...AN_BUSINESS, taxCode: "", email: "a".repeat(1000) });
  });

  it("restores where a previous visit stopped", async () => {
    saveDraft({ step: "oa", name: "Ca phe Sang", oaId: "oa-sang-coffee" });
    await store().openDraftOf("an");
    expect(store()).toMatchObject({ step: "oa", name: "Ca phe Sang", oaId: "oa-sang-coffee" });
  });
});

describe("submitting", () => {
  it("creates the ZCA with the trimmed name and the business's details in their stored form, remembers it, clears the draft and refreshes who is signed in", async () => {
    const api = anApi();
    await readyToSubmit();
    expect(await store().submit()).toBe(true);

    const post = api.calls.find((c) => c.method === "POST")!;
    expect(post.body).toEqual({
      name: "Tiem banh An Nhien",
      oaId: "oa-an-nhien",
      app: { mode: "create" },
      termsVersion: terms.version,
      business: { ...AN_BUSINESS, phone: "+84901000001" },
    });
    expect(store()).toMatchObject({
      step: "done",
      createdAccountId: "zca-new",
      name: "",
      business: EMPTY_BUSINESS,
      oaId: null,
    });
    expect(store().idempotencyKey).toBeNull();
    expect(useAccounts.getState().byId["zca-new"]?.data).toEqual(createdAccount());
    expect(useSession.getState().me?.reason).toBe("phone_owns_account");
  });

  it("sends the same Idempotency-Key again after a lost response, and keeps everything meanwhile", async () => {
    let attempts = 0;
    const api = anApi({
      "POST /accounts": () => {
        attempts++;
        if (attempts === 1) throw new TypeError("Failed to fetch");
        return { status: 201, body: createdAccount() };
      },
    });
    await readyToSubmit();

    expect(await store().submit()).toBe(false);
    expect(store()).toMatchObject({
      submission: { status: "failed", error: "network" },
      oaId: "oa-an-nhien",
    });
    const key = store().idempotencyKey;
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(savedDraft("an")?.state.idempotencyKey).toBe(key);

    expect(await store().submit()).toBe(true);
    const keys = api.calls.filter((c) => c.method === "POST").map((c) => c.headers.get("Idempotency-Key"));
    expect(keys).toEqual([key, key]);
  });

  it("sends one request when the button is tapped twice", async () => {
    const api = anApi();
    await readyToSubmit();
    await Promise.all([store().submit(), store().submit()]);
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(1);
  });

  it("asks for the new terms again when the server says they changed", async () => {
    const api = anApi({
      "POST /accounts": () => ({ status: 422, body: { error: { code: "terms_not_accepted", message: "" } } }),
    });
    await readyToSubmit();
    await store().submit();
    expect(store()).toMatchObject({
      submission: { error: "terms_not_accepted" },
      acceptedTermsVersion: null,
    });
    await expect.poll(() => store().terms.data).toEqual(terms);
    expect(api.calls.some((c) => c.path === "/terms")).toBe(true);
  });

  it("leaves a refusal behind once the person moves to another step", async () => {
    anApi({
      "POST /accounts": () => ({
        status: 409,
        body: { error: { code: "oa_linked_elsewhere", message: "" } },
      }),
    });
    await readyToSubmit();
    await store().submit();
    expect(store().submission.error).toBe("oa_linked_elsewhere");
    store().goTo("oa");
    expect(store()).toMatchObject({ step: "oa", submission: { status: "idle", error: null } });
  });

  it("keeps the fields the server refused until the person changes each of them, without saving them", async () => {
    anApi({
      "POST /accounts": () => ({
        status: 400,
        body: {
          error: {
            code: "invalid_input",
            message: "",
            fields: { name: "diacritics", "business.taxCode": "checksum", "business.email": 5 },
          },
        },
      }),
    });
    await readyToSubmit();
    expect(await store().submit()).toBe(false);
    expect(store().refused).toEqual({ name: "diacritics", "business.taxCode": "checksum" });
    expect(savedDraft("an")?.state).not.toHaveProperty("refused");
    store().goTo("name");
    expect(store().refused).toEqual({ name: "diacritics", "business.taxCode": "checksum" });
    store().setBusiness("taxCode", "0300588569");
    expect(store().refused).toEqual({ name: "diacritics" });
    store().setName("Tiem banh An Nhien 2");
    expect(store().refused).toEqual({});
  });

  it("takes a new key when the old one already created a ZCA from other answers", async () => {
    const api = anApi({
      "POST /accounts": () => ({
        status: 422,
        body: { error: { code: "idempotency_key_reused", message: "" } },
      }),
    });
    await readyToSubmit();
    await store().submit();
    const sent = api.calls.find((c) => c.method === "POST")!.headers.get("Idempotency-Key");
    expect(store().idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(store().idempotencyKey).not.toBe(sent);
  });
});
