import { Alert, Button, Flex, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { getJson, type Page } from "./api";
import { useConsole } from "./context";

const PAGE = 20;

/** A long list read a page at a time (newest first): the first page, then "Tải thêm" for the next. */
export function PagedTable<T extends { id: string }>({
  path,
  columns,
  label,
}: {
  path: string;
  columns: ColumnsType<T>;
  label: string;
}) {
  const { t } = useConsole();
  const [rows, setRows] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [state, setState] = useState<"loading" | "idle" | "failed">("loading");
  const load = async (after?: string) => {
    setState("loading");
    try {
      const page = await getJson<Page<T>>(
        `${path}?limit=${PAGE}${after ? `&cursor=${encodeURIComponent(after)}` : ""}`,
      );
      setRows((before) => (after ? [...before, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  useEffect(() => {
    void load();
    // A new path is a new list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);
  return (
    <Flex vertical gap={12}>
      <Table<T>
        aria-label={label}
        rowKey="id"
        size="middle"
        loading={state === "loading"}
        dataSource={rows}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t.empty }}
        scroll={{ x: "max-content" }}
      />
      {state === "failed" && (
        <Alert
          type="error"
          message={t.failed}
          action={<Button onClick={() => void load(cursor)}>{t.retry}</Button>}
        />
      )}
      {cursor && state !== "failed" && (
        <Button
          onClick={() => void load(cursor)}
          loading={state === "loading"}
          style={{ alignSelf: "flex-start" }}
        >
          {t.loadMore}
        </Button>
      )}
    </Flex>
  );
}
