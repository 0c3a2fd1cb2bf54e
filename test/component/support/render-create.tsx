import { useLocation, useParams } from "react-router-dom";
import AppStepPage from "../../../src/features/onboarding/app-step";
import DoneStepPage from "../../../src/features/onboarding/done-step";
import NameStepPage from "../../../src/features/onboarding/name-step";
import OaStepPage from "../../../src/features/onboarding/oa-step";
import StartStepPage from "../../../src/features/onboarding/start-step";
import TermsStepPage from "../../../src/features/onboarding/terms-step";
import { renderAt } from "./render";

/** Stands in for the ZCA screen: says which ZCA opened and whether as a landing (R1). */
function AccountScreen() {
  const { accountId } = useParams();
  const landing = (useLocation().state as { landing?: boolean } | null)?.landing;
  return <p>{`ZCA ${accountId}${landing ? " (landing)" : ""}`}</p>;
}

/** The creation flow's routes as the app declares them, starting at `path`. */
export function renderCreate(path: string) {
  return renderAt(path, {
    "/": <p>Trang chủ</p>,
    "/create": <StartStepPage />,
    "/create/name": <NameStepPage />,
    "/create/oa": <OaStepPage />,
    "/create/app": <AppStepPage />,
    "/create/terms": <TermsStepPage />,
    "/create/done": <DoneStepPage />,
    "/accounts/:accountId": <AccountScreen />,
  });
}
