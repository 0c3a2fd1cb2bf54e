import { Alert, Button, Flex, Input, Table, Typography } from "antd";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { getJson } from "../api";
import { useConsole } from "../context";
import { useLoad } from "../use-load";

interface FoundAccount {
  id: string;
  name: string;
  taxCode: string | null;
  superAdminPhone: string;
  balance: number;
  createdAt: string;
}

/** "Tìm ZCA": one box for a name, tax code, member phone, OA id or App id; results as a table. */
export function FindPage() {
  const { t, format } = useConsole();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const [typed, setTyped] = useState(q);
  const found = useLoad(
    () =>
      q ? getJson<{ items: FoundAccount[] }>(`/accounts?q=${encodeURIComponent(q)}`) : Promise.resolve(null),
    q,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim();
    if (next) setParams({ q: next });
  };
  const c = t.find.columns;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t.find.title}
      </Typography.Title>
      <form onSubmit={submit} role="search">
        <label htmlFor="console-find">
          <Typography.Text strong>{t.find.label}</Typography.Text>
        </label>
        <Flex gap={8} style={{ maxWidth: 640, marginTop: 8 }}>
          <Input
            id="console-find"
            size="large"
            value={typed}
            placeholder={t.find.placeholder}
            onChange={(e) => setTyped(e.target.value)}
            maxLength={100}
          />
          <Button type="primary" size="large" htmlType="submit">
            {t.find.button}
          </Button>
        </Flex>
      </form>
      {found.state === "failed" && (
        <Alert type="error" message={t.failed} action={<Button onClick={found.retry}>{t.retry}</Button>} />
      )}
      {q && found.state !== "failed" && (
        <section aria-label={t.find.title}>
          {found.state === "done" && found.value && (
            <Typography.Paragraph role="status">
              {found.value.items.length > 0 ? t.find.results(found.value.items.length) : t.find.none}
            </Typography.Paragraph>
          )}
          <Table<FoundAccount>
            rowKey="id"
            loading={found.state === "loading"}
            dataSource={found.state === "done" ? (found.value?.items ?? []) : []}
            pagination={false}
            locale={{ emptyText: t.empty }}
            columns={[
              {
                title: c.name,
                dataIndex: "name",
                render: (name: string, row) => <Link to={`/accounts/${row.id}`}>{name}</Link>,
              },
              { title: c.taxCode, dataIndex: "taxCode" },
              { title: c.superAdmin, dataIndex: "superAdminPhone" },
              {
                title: c.balance,
                dataIndex: "balance",
                align: "right",
                render: (v: number) => format.money(v),
              },
              { title: c.createdAt, dataIndex: "createdAt", render: (v: string) => format.time(v) },
            ]}
          />
        </section>
      )}
    </Flex>
  );
}
