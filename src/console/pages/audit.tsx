import { Flex, Typography } from "antd";
import { Link } from "react-router-dom";
import { useConsole } from "../context";
import { PagedTable } from "../paged-table";

interface AuditItem {
  id: string;
  at: string;
  staffEmail: string;
  staffName: string | null;
  action: string;
  accountId: string | null;
  detail: Record<string, unknown>;
}

/** "Nhật ký thao tác": what staff did in the console, newest first. */
export function AuditPage() {
  const { t, format } = useConsole();
  const c = t.audit.columns;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t.audit.title}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t.audit.intro}</Typography.Paragraph>
      <PagedTable<AuditItem>
        label={t.audit.title}
        path="/audit"
        columns={[
          { title: c.at, dataIndex: "at", render: (v: string) => format.time(v) },
          {
            title: c.staff,
            dataIndex: "staffEmail",
            render: (email: string, row) => (row.staffName ? `${row.staffName} (${email})` : email),
          },
          { title: c.action, dataIndex: "action", render: (v: string) => t.audit.actions[v] ?? v },
          {
            title: c.account,
            dataIndex: "accountId",
            render: (id: string | null) => (id ? <Link to={`/accounts/${id}`}>{id}</Link> : "—"),
          },
          {
            title: c.detail,
            dataIndex: "detail",
            render: (d: Record<string, unknown>) =>
              Object.entries(d)
                .map(([k, v]) => `${k}: ${String(v)}`)
                .join(", "),
          },
        ]}
      />
    </Flex>
  );
}
