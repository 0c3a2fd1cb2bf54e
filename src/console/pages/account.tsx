import { Alert, Button, Descriptions, Flex, Table, Tabs, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import { getJson } from "../api";
import { useConsole } from "../context";
import { PagedTable } from "../paged-table";
import { useLoad } from "../use-load";

interface StaffAccount {
  id: string;
  name: string;
  superAdminPhone: string;
  balance: number;
  createdAt: string;
  companyName: string | null;
  taxCode: string | null;
  transferAccount: string | null;
  members: { personId: string; name: string; phone: string | null; role: string; addedAt: string }[];
  invitations: { phone: string; role: string; invitedAt: string }[];
  oas: { id: string; name: string; verified: boolean; linkedAt: string }[];
  apps: { id: string; name: string }[];
}

type Row = { id: string; at: string } & Record<string, unknown>;

/** One ZCA: its details, then members, assets, ledger, top-ups, invoices, notifications and events. */
export function AccountPage() {
  const { id = "" } = useParams();
  const { t, format } = useConsole();
  const account = useLoad(() => getJson<StaffAccount>(`/accounts/${encodeURIComponent(id)}`), id);
  const a = t.account;
  const col = a.columns;
  const at = { title: col.at, dataIndex: "at", render: (v: string) => format.time(v) };
  const money = (title: string, key: string) => ({
    title,
    dataIndex: key,
    align: "right" as const,
    render: (v: number) => format.money(v),
  });
  const text = (title: string, key: string) => ({ title, dataIndex: key });
  if (account.state === "loading") return <Typography.Paragraph>{t.loading}</Typography.Paragraph>;
  if (account.state === "failed") {
    return (
      <Alert type="error" message={t.failed} action={<Button onClick={account.retry}>{t.retry}</Button>} />
    );
  }
  const z = account.value;
  const section = (name: string) => `/accounts/${encodeURIComponent(z.id)}/${name}`;
  return (
    <Flex vertical gap={16}>
      <Link to="/">← {a.back}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {z.name}
      </Typography.Title>
      <Descriptions
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {a.details}
          </Typography.Title>
        }
        bordered
        size="small"
        column={3}
        items={[
          { key: "id", label: a.id, children: z.id },
          { key: "company", label: a.company, children: z.companyName ?? "—" },
          { key: "tax", label: a.taxCode, children: z.taxCode ?? "—" },
          { key: "sa", label: a.superAdmin, children: z.superAdminPhone },
          { key: "balance", label: a.balance, children: format.money(z.balance) },
          { key: "transfer", label: a.transferAccount, children: z.transferAccount ?? "—" },
          { key: "created", label: a.createdAt, children: format.time(z.createdAt) },
        ]}
      />
      <Tabs
        items={[
          {
            key: "members",
            label: a.tabs.members,
            children: (
              <Flex vertical gap={16}>
                <Table
                  aria-label={a.tabs.members}
                  rowKey="personId"
                  pagination={false}
                  dataSource={z.members}
                  locale={{ emptyText: t.empty }}
                  columns={[
                    text(a.members.name, "name"),
                    text(a.members.phone, "phone"),
                    {
                      title: a.members.role,
                      dataIndex: "role",
                      render: (r: string) => a.memberRoles[r] ?? r,
                    },
                    { title: a.members.since, dataIndex: "addedAt", render: (v: string) => format.time(v) },
                  ]}
                />
                {z.invitations.length > 0 && (
                  <Table
                    aria-label={a.members.invited}
                    title={() => a.members.invited}
                    rowKey="phone"
                    pagination={false}
                    dataSource={z.invitations}
                    columns={[
                      text(a.members.phone, "phone"),
                      {
                        title: a.members.role,
                        dataIndex: "role",
                        render: (r: string) => a.memberRoles[r] ?? r,
                      },
                      { title: col.at, dataIndex: "invitedAt", render: (v: string) => format.time(v) },
                    ]}
                  />
                )}
              </Flex>
            ),
          },
          {
            key: "assets",
            label: a.tabs.assets,
            children: (
              <Flex vertical gap={16}>
                <Table
                  aria-label={a.oas}
                  title={() => a.oas}
                  rowKey="id"
                  pagination={false}
                  dataSource={z.oas}
                  locale={{ emptyText: t.empty }}
                  columns={[
                    text(col.id, "id"),
                    text(col.name, "name"),
                    {
                      title: col.verified,
                      dataIndex: "verified",
                      render: (v: boolean) => (v ? a.yes : a.no),
                    },
                    { title: col.at, dataIndex: "linkedAt", render: (v: string) => format.time(v) },
                  ]}
                />
                <Table
                  aria-label={a.apps}
                  title={() => a.apps}
                  rowKey="id"
                  pagination={false}
                  dataSource={z.apps}
                  locale={{ emptyText: t.empty }}
                  columns={[text(col.id, "id"), text(col.name, "name")]}
                />
              </Flex>
            ),
          },
          {
            key: "ledger",
            label: a.tabs.ledger,
            children: (
              <PagedTable<Row>
                label={a.tabs.ledger}
                path={section("ledger")}
                columns={[
                  at,
                  text(col.kind, "kind"),
                  money(col.amount, "amount"),
                  money(col.balanceAfter, "balanceAfter"),
                  text(col.method, "method"),
                  text(col.reference, "reference"),
                  text(col.description, "description"),
                ]}
              />
            ),
          },
          {
            key: "topups",
            label: a.tabs.topups,
            children: (
              <PagedTable<Row>
                label={a.tabs.topups}
                path={section("topups")}
                columns={[
                  at,
                  text(col.id, "id"),
                  money(col.amount, "amount"),
                  text(col.method, "method"),
                  text(col.status, "status"),
                  text(col.reference, "reference"),
                ]}
              />
            ),
          },
          {
            key: "invoices",
            label: a.tabs.invoices,
            children: (
              <PagedTable<Row>
                label={a.tabs.invoices}
                path={section("invoices")}
                columns={[
                  at,
                  text(col.id, "id"),
                  money(col.amount, "amount"),
                  text(col.status, "status"),
                  text(col.number, "number"),
                ]}
              />
            ),
          },
          {
            key: "notifications",
            label: a.tabs.notifications,
            children: (
              <PagedTable<Row>
                label={a.tabs.notifications}
                path={section("notifications")}
                columns={[
                  at,
                  text(col.kind, "kind"),
                  text(col.status, "status"),
                  text(col.person, "personId"),
                ]}
              />
            ),
          },
          {
            key: "events",
            label: a.tabs.events,
            children: (
              <PagedTable<Row>
                label={a.tabs.events}
                path={section("events")}
                columns={[at, text(col.action, "action"), text(col.actor, "actorId")]}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
