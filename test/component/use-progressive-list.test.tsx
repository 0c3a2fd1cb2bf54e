import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useProgressiveList } from "../../src/components/use-progressive-list";

const oas = Array.from({ length: 150 }, (_, i) => `OA ${i + 1}`);

describe("useProgressiveList", () => {
  it("shows the first rows at once and every row a few frames later", async () => {
    const { result } = renderHook(() => useProgressiveList(oas, 60));
    expect(result.current).toEqual(oas.slice(0, 60));
    await waitFor(() => expect(result.current).toEqual(oas));
  });

  it("shows a short list whole from the start", () => {
    const { result } = renderHook(() => useProgressiveList(oas.slice(0, 5), 60));
    expect(result.current).toEqual(oas.slice(0, 5));
  });
});
