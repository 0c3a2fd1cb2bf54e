import type { App, Oa, Terms } from "../domain/types";
import { request } from "./client";

export function listOas(): Promise<Oa[]> {
  return request("GET", "/oas");
}

export function listApps(): Promise<App[]> {
  return request("GET", "/apps");
}

export function getTerms(): Promise<Terms> {
  return request("GET", "/terms");
}
