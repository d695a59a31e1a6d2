import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { responseCookie } from "~/modules/surveys/respondent.server";
import { findResponse } from "~/modules/surveys/responses.server";
import { routeId } from "~/utils/query.server";

// The emailed "carry on" link: it puts the response back in this browser.
export async function loader({ params }: LoaderFunctionArgs) {
  const surveyId = routeId(params.id);
  const token = params.token ?? "";
  const response = /^[A-Za-z0-9_-]{20,60}$/.test(token) ? findResponse(surveyId, { token, userId: null }) : undefined;
  // A link that no longer works leads to the survey's start page rather than a dead end.
  if (!response) throw redirect(`/surveys/${surveyId}`);
  return redirect(`/surveys/${surveyId}/${response.status === "submitted" ? "check" : "page/1"}`, { headers: { "Set-Cookie": await responseCookie(surveyId, token) } });
}
