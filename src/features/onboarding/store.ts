import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { validateAccountName } from "../../domain/account-name";
import { validateAppId } from "../../domain/app-id";
import { validateBusiness, type BusinessField, type BusinessInput } from "../../domain/business";
import type { ClientErrorCode, FieldProblems } from "../../domain/errors";
import { formatVietnamMobile } from "../../domain/phone";
import type { AppChoice } from "../../domain/schemas";
import type { Terms } from "../../domain/types";
import { useLocale } from "../../i18n/locale";
import { platformStorage } from "../../platform/storage";
import { useAccounts } from "../../store/accounts";
import { asyncSlot, IDLE, type AsyncState } from "../../store/async";
import { useSession } from "../../store/session";
import { newIdempotencyKey } from "../../api/idempotency";
import { getTerms, createAccount } from "./api";
import { canOpen, EMPTY_DRAFT, restoreDraft, STEPS, type Draft, type Step } from "./draft";

interface OnboardingState extends Draft {
  /** Whose saved draft is loaded; null until one has been read from storage. */
  draftOf: string | null;
  /** The last "Hoàn thành": on its way, or refused with a code. */
  submission: AsyncState<string>;
  /** The current terms, in the chosen language. */
  terms: AsyncState<Terms>;
  /**
   * What the server refused in the last submit, by path ("name", "business.taxCode"): step 2
   * shows each beside its field until the person changes that field.
   */
  refused: FieldProblems;
  /**
   * The App ID declared at step 4 that another ZCA took before "Hoàn thành": steps 4 and 5 say so
   * until the person chooses again.
   */
  takenAppId: string | null;
  /** Loads this person's saved draft (or an empty one): An's draft never shows for Dũng. */
  openDraftOf(personId: string): Promise<void>;
  setName(name: string): void;
  setBusiness(field: BusinessField, value: string): void;
  /** Makes the person's Zalo phone, once shared, the business's contact phone while none is typed. */
  fillZaloPhone(): void;
  chooseOa(oaId: string): void;
  /** null clears the choice; "Tiếp tục" without a choice skips the app. */
  chooseApp(choice: AppChoice | null): void;
  /** Types the App ID of an app to declare, which makes declaring it the choice. */
  typeAppId(appId: string): void;
  acceptTerms(version: string | null): void;
  loadTerms(): Promise<void>;
  goTo(step: Step): void;
  /** Moves on when the current step is complete; returns the step the person is now on. */
  next(): Step;
  back(): Step;
  submit(): Promise<boolean>;
  reset(): void;
}

export const DRAFT_STORAGE_KEY = "zca.onboarding";
// 2: the business's details joined the name on step 2. 3: an app may be declared by its App ID.
export const DRAFT_VERSION = 3;

function phoneShared(): boolean {
  return useSession.getState().me?.reason !== "phone_required";
}

function withZaloPhone(business: BusinessInput): BusinessInput {
  const own = useSession.getState().me?.ownPhone;
  return own && business.phone === "" ? { ...business, phone: formatVietnamMobile(own) } : business;
}

/** The part of the state that is the draft: what is saved on the device. */
function draftOf(state: OnboardingState): Draft {
  const keys = Object.keys(EMPTY_DRAFT) as (keyof Draft)[];
  return Object.fromEntries(keys.map((key) => [key, state[key]])) as unknown as Draft;
}

function without(refused: FieldProblems, path: string): FieldProblems {
  if (!(path in refused)) return refused;
  const { [path]: _changed, ...rest } = refused;
  return rest;
}

/** The create-a-ZCA wizard: the draft (saved per person on the device), its steps, and the submit. */
export const useOnboarding = create<OnboardingState>()(
  persist(
    (set, get) => {
      const submission = asyncSlot(
        () => get().submission,
        (next) => set({ submission: next }),
      );
      const terms = asyncSlot(
        () => get().terms,
        (next) => set({ terms: next }),
      );
      // A refusal belongs to the attempt it answered: moving to another step leaves it behind.
      // Step 2 opens with the phone filled in, in the same update: not in a second render after it.
      const moveTo = (step: Step) => {
        if (get().submission.status === "failed") submission.reset();
        set((s) => ({ step, business: step === "name" ? withZaloPhone(s.business) : s.business }));
      };

      return {
        ...EMPTY_DRAFT,
        draftOf: null,
        submission: IDLE,
        terms: IDLE,
        refused: {},
        takenAppId: null,

        openDraftOf: async (personId) => {
          if (get().draftOf === personId) return;
          useOnboarding.persist.setOptions({ name: `${DRAFT_STORAGE_KEY}.${personId}` });
          await useOnboarding.persist.rehydrate();
          submission.reset();
          set({ draftOf: personId, refused: {}, takenAppId: null });
        },

        setName: (name) => set((s) => ({ name, refused: without(s.refused, "name") })),
        setBusiness: (field, value) =>
          set((s) => ({
            business: { ...s.business, [field]: value },
            refused: without(s.refused, `business.${field}`),
          })),
        fillZaloPhone: () => {
          const business = withZaloPhone(get().business);
          if (business !== get().business) set({ business });
        },
        chooseOa: (oaId) => set({ oaId }),
        chooseApp: (app) => set({ app, takenAppId: null }),
        typeAppId: (typedAppId) => {
          const checked = validateAppId(typedAppId);
          // The choice holds the App ID as sent once it is valid ("1234 5678" → "12345678").
          const appId = checked.ok ? checked.value : typedAppId;
          set((s) => ({
            typedAppId,
            takenAppId: null,
            app:
              typedAppId.trim() !== ""
                ? { mode: "declare", appId }
                : s.app?.mode === "declare"
                  ? null
                  : s.app,
          }));
        },
        acceptTerms: (acceptedTermsVersion) => set({ acceptedTermsVersion }),
        loadTerms: async () => {
          await terms.run(() => getTerms(useLocale.getState().lang));
        },

        goTo: (step) => {
          if (canOpen(step, get(), phoneShared())) moveTo(step);
        },

        next: () => {
          const { step } = get();
          const following = STEPS[STEPS.indexOf(step) + 1];
          // Done opens only once the ZCA exists, so "Tiếp tục" never reaches it: submit does.
          if (!following || !canOpen(following, get(), phoneShared())) return step;
          moveTo(following);
          return following;
        },

        back: () => {
          const { step } = get();
          if (step === "start" || step === "done") return step;
          const previous = STEPS[STEPS.indexOf(step) - 1]!;
          moveTo(previous);
          return previous;
        },

        submit: async () => {
          const state = get();
          const name = validateAccountName(state.name);
          const business = validateBusiness(state.business);
          if (state.submission.status === "loading" || !name.ok || !business.ok) return false;
          if (!state.oaId || !state.app || !state.acceptedTermsVersion) return false;
          const idempotencyKey = state.idempotencyKey ?? newIdempotencyKey();
          set({ idempotencyKey });
          const body = {
            name: name.value,
            oaId: state.oaId,
            app: state.app,
            termsVersion: state.acceptedTermsVersion,
            business: business.value,
          };
          const outcome = await submission.run(async () => {
            const account = await createAccount(body, idempotencyKey);
            useAccounts.getState().remember(account);
            return account.id;
          });
          if (!outcome) return false;
          if (!outcome.ok) {
            afterRefusal(outcome.error, outcome.fields);
            return false;
          }
          submission.reset();
          set({
            ...EMPTY_DRAFT,
            step: "done",
            createdAccountId: outcome.data,
            refused: {},
            takenAppId: null,
          });
          await useSession
            .getState()
            .refreshMe()
            .catch(() => null);
          return true;
        },

        reset: () => {
          submission.reset();
          set({ ...EMPTY_DRAFT, refused: {}, takenAppId: null });
        },
      };
    },
    {
      // Replaced by the person's own key in openDraftOf, before anything is read or written.
      name: DRAFT_STORAGE_KEY,
      storage: createJSONStorage(() => platformStorage),
      version: DRAFT_VERSION,
      skipHydration: true,
      partialize: draftOf,
      // A draft from another version is rebuilt and saved back in today's shape.
      migrate: (saved) => restoreDraft(saved),
      // Also guards a same-version draft that was damaged in storage.
      merge: (saved, current) => ({ ...current, ...restoreDraft(saved) }),
    },
  ),
);

/** What a refusal changes before the person tries again. */
function afterRefusal(code: ClientErrorCode, fields: FieldProblems): void {
  switch (code) {
    case "invalid_input":
      // A rule the server holds and this build did not (an older app): step 2 says which.
      useOnboarding.setState({ refused: fields });
      break;
    case "terms_not_accepted":
      // The terms changed since the person agreed: they read the new ones and agree again.
      useOnboarding.setState({ acceptedTermsVersion: null });
      void useOnboarding.getState().loadTerms();
      break;
    case "idempotency_key_reused":
      // The key already created a ZCA from different answers; a new key lets the server say so.
      useOnboarding.setState({ idempotencyKey: newIdempotencyKey() });
      break;
    case "app_linked_elsewhere": {
      // A declared App ID taken meanwhile: named at steps 4 and 5; everything else stays as entered.
      const { app } = useOnboarding.getState();
      if (app?.mode === "declare") useOnboarding.setState({ takenAppId: app.appId });
      break;
    }
    case "phone_owns_account":
    case "phone_required":
      void useSession
        .getState()
        .refreshMe()
        .catch(() => null);
      break;
  }
}
