import { createCookie } from "@remix-run/node";
import { secureCookies } from "~/config.server";
import { getUser } from "~/modules/auth/session.server";
import { isEasyRead } from "~/utils/easy-read.server";
import { findResponse } from "./responses.server";

// Who is answering: the signed-in member (if any), this browser's response
// token for the survey (a cookie scoped to the survey's pages), and whether
// they asked for easy read.

const cookieFor = (surveyId: number) =>
  createCookie(`coproduce_survey_${surveyId}`, {
    httpOnly: true,
    sameSite: "lax",
    path: `/surveys/${surveyId}`,
    maxAge: 60 * 60 * 24 * 60,
    secure: secureCookies(),
  });

export function responseCookie(surveyId: number, token: string): Promise<string> {
  return cookieFor(surveyId).serialize(token);
}

export async function respondent(request: Request, surveyId: number) {
  const [user, raw, easy] = await Promise.all([getUser(request), cookieFor(surveyId).parse(request.headers.get("Cookie")), isEasyRead(request)]);
  const token = typeof raw === "string" && /^[A-Za-z0-9_-]{20,60}$/.test(raw) ? raw : null;
  return { user, token, easy, response: findResponse(surveyId, { token, userId: user?.id ?? null }) };
}
