import { listOas } from "../api/directory";
import { createListCache } from "./list-cache";

/** The OAs the signed-in person administers: one list for the create flow and for "Liên kết OA". */
export const useOas = createListCache(listOas);
