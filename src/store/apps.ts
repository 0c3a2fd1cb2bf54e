import { listApps } from "../api/directory";
import { createListCache } from "./list-cache";

/** The apps the signed-in person administers: one list for the create flow and for "Liên kết ứng dụng". */
export const useApps = createListCache(listApps);
